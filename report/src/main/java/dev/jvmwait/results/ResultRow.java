package dev.jvmwait.results;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * One row of results.csv: a target × scenario × step measurement. The components are the columns, in
 * order and named in snake case ({@code delayMs} is {@code delay_ms}); an empty cell is {@code null}.
 * New columns go at the end, so that older runs still load.
 *
 * @param loadgenCpuShare the load generator's CPU over the measured window, as a share of its cores (0..1)
 * @param serverCpuShare the server's CPU over the measured window, as a share of its cores (0..1)
 * @param machineBound the step measured the machine rather than the style (the rule is
 *     {@code dev.jvmwait.report.Capacity#machineBound}); empty where a share it needs is unknown
 * @param warmUpS how long the target was warmed to a steady state before its first step ({@link WarmUpRule});
 *     0 where the profile does not warm, empty in runs written before the column
 * @param warmUpSteady whether it was steady when the warm-up ended ({@code false}: the cap ended it); empty where
 *     it was not warmed
 * @param serverJitShare the server's JIT compiler threads' CPU over the measured window, as a share of its cores
 * @param cold in a scenario whose lesson measures CPU, the server's JIT was still compiling in the window
 *     ({@link WarmUpRule#cold}): it measured the compiler, not the style; empty where not sampled
 * @param stepWarmS how long the step ran before its window opened: its own warm-up, and the wait for the server's
 *     JIT to be quiet where it had to compile the step's path first
 * @param loadgenUsPerReq the load generator's CPU per request it sent in the window (main and probe), in µs
 * @param loadgenJitShare the load generator's JIT compiler threads' CPU over the window, as a share of its cores
 * @param heapLiveMb the server's heap in use after a full GC halfway through the window, where the step read it
 * @param heapIdleMb the server's heap in use after a full GC just before the step, with nothing in flight, where the
 *     step read it
 * @param rssIdleMb the server's resident memory then
 * @param round which round of a {@code --repeat N} run measured the row (1 … N); empty in older runs (then the
 *     n-th row of a step is its n-th round)
 * @param backend what every lookup waited on: {@code sleep}, {@code postgres} or {@code http}; empty in older runs (sleep)
 * @param pool the size of the pool the target's lookups waited in over a real backend, as the service reported it;
 *     empty over {@code sleep}
 * @param poolDefault whether that was the framework's own default ({@code false}: the run set it, DB_POOL_SIZE or
 *     HTTP_POOL_SIZE); empty over {@code sleep}
 * @param backendCpuShare the backend's processes' CPU over the window (PostgreSQL's or the upstream's), as a share of
 *     the load generator's cores, beside which it runs; empty where the run did not start the backend
 * @param bound the bound on requests in flight the service was started with ({@code MAX_IN_FLIGHT}); empty: none
 * @param capacityRps in {@code overload}: what the target served flat out on the overload path, measured by the
 *     {@code capacity} step of the run without the bound; the ladder's offered rates are multiples of it
 * @param loadFactor in {@code overload}: the offered rate ÷ capacity (0.5, 1, 2, 4)
 * @param refused in {@code overload} and {@code shutdown}: requests answered 503 with {@code Retry-After}
 * @param timeouts requests that got no answer within the load generator's request timeout (10 s)
 * @param connectionErrors requests that failed without an answer before that timeout: the connection was refused,
 *     reset or closed
 * @param otherErrors answers that were neither a success nor a 503 with {@code Retry-After}: 5xx, a 503 without
 *     {@code Retry-After}, 4xx
 * @param heapPeakMb the server's heap in use at its highest over the step (young and old generations, sampled every
 *     250 ms without a GC): what the requests in flight and queued held
 * @param died how the server ended during this step, if it did: {@code OutOfMemoryError}, {@code exited}, ...;
 *     empty while it lived (a {@code shutdown} step's own ending is not a death)
 * @param okAfterSignal in {@code shutdown}: requests sent after SIGTERM that were still served (200). In that row,
 *     {@code requests} are the requests in flight at SIGTERM, {@code ok} those of them answered 200, {@code ko} those
 *     lost; {@code refused}, {@code connection_errors} and {@code other_errors} count the requests sent after SIGTERM
 *     that were turned away
 * @param exitS in {@code shutdown}: seconds from SIGTERM to the process's exit; empty if it had not exited within
 *     the cap (the configured shutdown timeout and 10 s)
 * @param afterKill the service had been started again right after its previous process was killed with SIGKILL
 *     ({@code kill -9}), on the same port
 * @param coreSpeed how fast the server's core computed in the window: a probe's fixed loop on that core, its work per
 *     microsecond of CPU time (the harness's {@code CoreSpeed}); comparable between the rows of one run, empty where no
 *     probe ran (not pinned, or a run written before the column)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ResultRow(
        String target, String scenario, String step,
        Double users, Double rate, Double delayMs, Double n, Double durationS,
        Double requests, Double ok, Double ko, Double rps,
        Double p50Ms, Double p95Ms, Double p99Ms, Double maxMs,
        Double idealRps, Double efficiency, Double cpuUsPerReq,
        Double rssPeakMb, Double threadsPeak, Double probeP99Ms,
        Double loadgenCpuShare, Double serverCpuShare, Boolean machineBound, Double warmUpS, Boolean warmUpSteady,
        Double serverJitShare, Boolean cold, Double stepWarmS, Double loadgenUsPerReq, Double loadgenJitShare,
        Double heapLiveMb, Double heapIdleMb, Double rssIdleMb, Integer round, String backend, Double pool,
        Boolean poolDefault, Double backendCpuShare, Double bound, Double capacityRps, Double loadFactor, Double refused,
        Double timeouts, Double connectionErrors, Double otherErrors, Double heapPeakMb, String died, Double okAfterSignal,
        Double exitS, Boolean afterKill, Double coreSpeed) {

    /** results.csv, read and appended by its header. */
    public static final CsvFile<ResultRow> FILE = new CsvFile<>(ResultRow.class);

    /** The step as a number for ladders (1, 2, …), or {@code Integer.MAX_VALUE} for named variants. */
    public int stepOrder() {
        try {
            return Integer.parseInt(step.trim());
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    /** This row as measured in round {@code round} of a repeated run. */
    public ResultRow inRound(int round) {
        return new ResultRow(target, scenario, step, users, rate, delayMs, n, durationS, requests, ok, ko, rps, p50Ms, p95Ms,
                p99Ms, maxMs, idealRps, efficiency, cpuUsPerReq, rssPeakMb, threadsPeak, probeP99Ms, loadgenCpuShare,
                serverCpuShare, machineBound, warmUpS, warmUpSteady, serverJitShare, cold, stepWarmS, loadgenUsPerReq,
                loadgenJitShare, heapLiveMb, heapIdleMb, rssIdleMb, round, backend, pool, poolDefault, backendCpuShare, bound, capacityRps, loadFactor, refused, timeouts,
                connectionErrors, otherErrors, heapPeakMb, died, okAfterSignal, exitS, afterKill, coreSpeed);
    }

    /** What the lookups waited on: {@code sleep} in a run written before the column. */
    public String backendOrSleep() {
        return backend == null || backend.isBlank() ? "sleep" : backend;
    }

    /**
     * Which pass over a backend measured the row: empty over {@code sleep}, else {@code postgres, default pools} or
     * {@code http, pools of 100}: the steps of one scenario measured in different passes are different measurements.
     */
    public String pass() {
        if (backendOrSleep().equals("sleep")) {
            return "";
        }
        return backendOrSleep() + ", " + (Boolean.FALSE.equals(poolDefault) && pool != null
                ? "pools of " + Math.round(pool) : "default pools");
    }

    /** Failures other than a clean refusal (a 503 with {@code Retry-After}): timeouts, connection errors, other answers. */
    public double nonRefusalErrors() {
        return (timeouts == null ? 0 : timeouts) + (connectionErrors == null ? 0 : connectionErrors)
                + (otherErrors == null ? 0 : otherErrors);
    }

    /**
     * Whether the server's JIT took {@link WarmUpRule#COLD} of its cores or more in the step's window: a step that fell
     * short then measured the compiler as much as the style (unknown share: no).
     */
    public boolean serverCompiling() {
        return WarmUpRule.compiling(serverJitShare);
    }

    /** Cores of server CPU this step used on average: CPU time per request × requests per second. */
    public Double serverCores() {
        return cpuUsPerReq == null || rps == null ? null : cpuUsPerReq * rps / 1_000_000.0;
    }
}
