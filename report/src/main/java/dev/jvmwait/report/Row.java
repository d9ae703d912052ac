package dev.jvmwait.report;

/** One line of results.csv: a target × scenario × step measurement; empty cells are {@code null}. */
public record Row(
        String target, String scenario, String step,
        Double users, Double rate, Double delayMs, Double n, Double durationS,
        Double requests, Double ok, Double ko, Double rps,
        Double p50Ms, Double p95Ms, Double p99Ms, Double maxMs,
        Double idealRps, Double efficiency, Double cpuUsPerReq,
        Double rssPeakMb, Double threadsPeak, Double probeP99Ms) {

    /** The columns of results.csv, in the order compare.sh writes them. */
    public static final String HEADER =
            "target,scenario,step,users,rate,delay_ms,n,duration_s,requests,ok,ko,rps,p50_ms,p95_ms,p99_ms,"
                    + "max_ms,ideal_rps,efficiency,cpu_us_per_req,rss_peak_mb,threads_peak,probe_p99_ms";

    /** The step as a number for ladders (1, 2, …), or {@code Integer.MAX_VALUE} for named variants. */
    public int stepOrder() {
        try {
            return Integer.parseInt(step.trim());
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    /** Cores of server CPU this step used on average: CPU time per request × requests per second. */
    public Double serverCores() {
        return cpuUsPerReq == null || rps == null ? null : cpuUsPerReq * rps / 1_000_000.0;
    }
}
