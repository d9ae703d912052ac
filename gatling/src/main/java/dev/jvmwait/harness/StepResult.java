package dev.jvmwait.harness;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One step's row: Gatling's numbers for its requests joined with the /proc samples of its window. */
record StepResult(String target, String scenario, StepMark mark, RequestStats main, RequestStats probe,
                  RequestStats warmup, Window server, Window loadgen, long rssPeakKb, long threadsPeak,
                  Path report) {

    static final String RESULTS_HEADER = "target,scenario,step,users,rate,delay_ms,n,duration_s,requests,ok,ko,rps,"
            + "p50_ms,p95_ms,p99_ms,max_ms,ideal_rps,efficiency,cpu_us_per_req,rss_peak_mb,threads_peak,probe_p99_ms";
    static final String STEPS_HEADER = "target,scenario,step,duration_s,requests,rps,server_cpu_pct,loadgen_cpu_pct,"
            + "loadgen_cpu_us_per_req,warmup_requests,probe_requests,gatling_report";

    private static final RequestStats NONE = new RequestStats("", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** CPU time a process spent in a window, in microseconds, and the window's length; cpu -1 if unknown. */
    record Window(long cpuUs, long wallMs) {
        double percent() {
            return cpuUs < 0 || wallMs <= 0 ? -1 : cpuUs / 10.0 / wallMs;
        }
    }

    static StepResult of(String target, String scenario, StepMark mark, Map<String, RequestStats> stats,
                         List<ProcSampler.Sample> samples, Path report) {
        long rss = -1;
        long threads = -1;
        for (ProcSampler.Sample s : samples) {
            if (s.atMs() >= mark.startMs() && s.atMs() <= mark.measureEndMs()) {
                rss = Math.max(rss, s.serverRssKb());
                threads = Math.max(threads, s.serverThreads());
            }
        }
        return new StepResult(target, scenario, mark,
                stats.getOrDefault("main " + mark.label(), NONE),
                mark.probe() ? stats.getOrDefault("probe " + mark.label(), NONE) : null,
                stats.getOrDefault("warmup " + mark.label(), NONE),
                window(samples, mark, true), window(samples, mark, false), rss, threads, report);
    }

    /** CPU used across the measured window, from the last sample before it to the first after it. */
    private static Window window(List<ProcSampler.Sample> samples, StepMark mark, boolean server) {
        if (samples.size() < 2) {
            return new Window(-1, 0);
        }
        ProcSampler.Sample first = samples.getFirst();
        ProcSampler.Sample last = samples.getLast();
        for (ProcSampler.Sample s : samples) {
            if (s.atMs() <= mark.measureStartMs()) {
                first = s;
            }
        }
        for (ProcSampler.Sample s : samples.reversed()) {
            if (s.atMs() >= mark.measureEndMs()) {
                last = s;
            }
        }
        long before = server ? first.serverCpuUs() : first.loadgenCpuUs();
        long after = server ? last.serverCpuUs() : last.loadgenCpuUs();
        long wallMs = last.atMs() - first.atMs();
        return new Window(before < 0 || after < 0 || wallMs <= 0 ? -1 : after - before, wallMs);
    }

    long requests() {
        return main.total();
    }

    long ko() {
        return main.ko() + (probe == null ? 0 : probe.ko());
    }

    double rps() {
        return main.total() / mark.measureSeconds();
    }

    Double efficiency() {
        return mark.idealRps().isEmpty() ? null : rps() / Double.parseDouble(mark.idealRps());
    }

    /** Server CPU per request served in the window (the probe's count too: the server served those). */
    Double cpuUsPerRequest() {
        long served = main.total() + (probe == null ? 0 : probe.total());
        if (server.percent() < 0 || served == 0) {
            return null;
        }
        double cpuInWindowUs = server.percent() / 100.0 * mark.measureSeconds() * 1_000_000;
        return cpuInWindowUs / served;
    }

    String resultsRow() {
        return String.join(",", target, scenario, mark.label(), mark.users(), mark.rate(), mark.delayMs(), mark.n(),
                decimal(mark.measureSeconds(), 1), Long.toString(main.total()), Long.toString(main.ok()),
                Long.toString(main.ko()), decimal(rps(), 1), Long.toString(main.p50()), Long.toString(main.p95()),
                Long.toString(main.p99()), Long.toString(main.max()), mark.idealRps().isEmpty() ? ""
                        : decimal(Double.parseDouble(mark.idealRps()), 1),
                efficiency() == null ? "" : decimal(efficiency(), 3),
                cpuUsPerRequest() == null ? "" : decimal(cpuUsPerRequest(), 0),
                rssPeakKb < 0 ? "" : decimal(rssPeakKb / 1024.0, 1), threadsPeak < 0 ? "" : Long.toString(threadsPeak),
                probe == null ? "" : Long.toString(probe.p99()));
    }

    String stepsRow() {
        double loadgenUsPerReq = loadgen.percent() < 0 || main.total() == 0 ? -1
                : loadgen.percent() / 100.0 * mark.measureSeconds() * 1_000_000
                        / (main.total() + (probe == null ? 0 : probe.total()));
        return String.join(",", target, scenario, mark.label(), decimal(mark.measureSeconds(), 1),
                Long.toString(main.total()), decimal(rps(), 1), percent(server), percent(loadgen),
                loadgenUsPerReq < 0 ? "" : decimal(loadgenUsPerReq, 0), Long.toString(warmup.total()),
                probe == null ? "" : Long.toString(probe.total()), report.toString());
    }

    /** {@code [7/24] virtual  io  users=1000  9,412 rps  p99 118 ms  eff 0.94} and what else the step has. */
    String progressLine() {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-15s %-16s ", target, scenario));
        if (!mark.label().chars().allMatch(Character::isDigit)) {
            line.append(mark.label()).append("  ");
        }
        line.append(mark.users().isEmpty() ? "rate=" + mark.rate() + "/s" : "users=" + mark.users());
        if (!mark.n().isEmpty()) {
            line.append(" n=").append(mark.n());
        }
        line.append(String.format(Locale.ROOT, "  %,.0f rps  p99 %d ms", rps(), main.p99()));
        if (efficiency() != null) {
            line.append(String.format(Locale.ROOT, "  eff %.2f", efficiency()));
        }
        if (probe != null) {
            line.append("  probe p99 ").append(probe.p99()).append(" ms");
        }
        if (ko() > 0) {
            line.append("  ").append(ko()).append(" errors");
        }
        if (main.total() == 0) {
            line.append("  NO REQUESTS MEASURED");
        }
        line.append("  cpu server ").append(server.percent() < 0 ? "not sampled" : percent(server) + "%")
                .append(" gatling ").append(percent(loadgen)).append('%');
        return line.toString();
    }

    private static String percent(Window window) {
        return window.percent() < 0 ? "" : decimal(window.percent(), 0);
    }

    private static String decimal(double value, int places) {
        return String.format(Locale.ROOT, "%." + places + "f", value);
    }
}
