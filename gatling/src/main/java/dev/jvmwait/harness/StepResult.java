package dev.jvmwait.harness;

import dev.jvmwait.load.Latencies;
import dev.jvmwait.load.StepRecord;
import dev.jvmwait.load.SteadyState;
import dev.jvmwait.report.Capacity;
import dev.jvmwait.results.ResultRow;
import dev.jvmwait.results.StepCpuRow;
import dev.jvmwait.results.WarmUpRule;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;

/** One step: what the simulation recorded for its requests joined with the /proc samples of its window, as the rows it adds. */
record StepResult(String target, String scenario, StepRecord mark, Latencies main, Latencies probe,
                  Latencies warmup, Window server, Window serverJit, Window loadgen, Window loadgenJit, Window backend,
                  long rssPeakKb, long threadsPeak,
                  Path report, Integer serverCores, int loadgenCores, SteadyState.Result warmUp, int round, BackendPass pass) {

    /** CPU time a process spent in a window, in microseconds, and the window's length; cpu -1 if unknown. */
    record Window(long cpuUs, long wallMs) {
        double percent() {
            return cpuUs < 0 || wallMs <= 0 ? -1 : cpuUs / 10.0 / wallMs;
        }
    }

    /**
     * {@code serverCores}: what the server could run on, {@code null} if unknown; {@code loadgenCores}: this JVM's;
     * {@code warmUp}: the target's warm-up before its first step, {@code null} if it had none; {@code round}: which
     * round of a repeated run this is (1 …).
     */
    static StepResult of(String target, String scenario, StepRecord mark, List<ProcSampler.Sample> samples,
                         Path report, Integer serverCores, int loadgenCores, SteadyState.Result warmUp, int round) {
        return of(target, scenario, mark, samples, report, serverCores, loadgenCores, warmUp, round, BackendPass.SLEEP);
    }

    /** The same, over a backend: {@code pass} says which, and with what pool. */
    static StepResult of(String target, String scenario, StepRecord mark, List<ProcSampler.Sample> samples,
                         Path report, Integer serverCores, int loadgenCores, SteadyState.Result warmUp, int round,
                         BackendPass pass) {
        long rss = -1;
        long threads = -1;
        for (ProcSampler.Sample s : samples) {
            if (s.atMs() >= mark.startMs() && s.atMs() <= mark.measureEndMs()) {
                rss = Math.max(rss, s.serverRssKb());
                threads = Math.max(threads, s.serverThreads());
            }
        }
        return new StepResult(target, scenario, mark, mark.ofKind("main"), mark.probe() ? mark.ofKind("probe") : null,
                mark.ofKind("warmup"),
                window(samples, mark, ProcSampler.Sample::serverCpuUs), window(samples, mark, ProcSampler.Sample::serverJitCpuUs),
                window(samples, mark, ProcSampler.Sample::loadgenCpuUs), window(samples, mark, ProcSampler.Sample::loadgenJitCpuUs),
                window(samples, mark, ProcSampler.Sample::backendCpuUs),
                rss, threads, report, serverCores, loadgenCores, warmUp, round, pass);
    }

    /** CPU used across the measured window, from the last sample before it to the first after it. */
    private static Window window(List<ProcSampler.Sample> samples, StepRecord mark, ToLongFunction<ProcSampler.Sample> cpu) {
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
        long before = cpu.applyAsLong(first);
        long after = cpu.applyAsLong(last);
        long wallMs = last.atMs() - first.atMs();
        return new Window(before < 0 || after < 0 || wallMs <= 0 ? -1 : after - before, wallMs);
    }

    long requests() {
        return main.count();
    }

    long ko() {
        return main.ko() + (probe == null ? 0 : probe.ko());
    }

    double rps() {
        return main.count() / mark.measureSeconds();
    }

    Double efficiency() {
        return mark.idealRps() == null ? null : rps() / mark.idealRps();
    }

    /** Server CPU per request served in the window (the probe's count too: the server served those). */
    Double cpuUsPerRequest() {
        long served = main.count() + (probe == null ? 0 : probe.count());
        if (server.percent() < 0 || served == 0) {
            return null;
        }
        double cpuInWindowUs = server.percent() / 100.0 * mark.measureSeconds() * 1_000_000;
        return cpuInWindowUs / served;
    }

    /** The step's row of results.csv. */
    ResultRow resultRow() {
        Double jitShare = share(serverJit, serverCores);
        return new ResultRow(target, scenario, mark.label(), number(mark.users()), mark.rate(), number(mark.delayMs()),
                number(mark.n()), round(mark.measureSeconds(), 1), (double) main.count(), (double) main.ok(),
                (double) main.ko(), round(rps(), 1), (double) main.p50Ms(), (double) main.p95Ms(), (double) main.p99Ms(),
                (double) main.maxMs(), mark.idealRps() == null ? null : round(mark.idealRps(), 1),
                efficiency() == null ? null : round(efficiency(), 3),
                cpuUsPerRequest() == null ? null : round(cpuUsPerRequest(), 0),
                rssPeakKb < 0 ? null : round(rssPeakKb / 1024.0, 1), threadsPeak < 0 ? null : (double) threadsPeak,
                probe == null ? null : (double) probe.p99Ms(), share(loadgen, loadgenCores), share(server, serverCores),
                machineBound(), warmUp == null ? 0.0 : round(warmUp.seconds(), 1), warmUp == null ? null : warmUp.steady(),
                jitShare, WarmUpRule.cold(scenario, jitShare), round((mark.measureStartMs() - mark.startMs()) / 1000.0, 1),
                loadgenUsPerRequest(), share(loadgenJit, loadgenCores), roundOrNull(mark.heapLiveMb()),
                roundOrNull(mark.heapIdleMb()), roundOrNull(mark.rssIdleMb()), round, pass.backend(),
                number(pass.pool()), pass.poolDefault(), share(backend, loadgenCores),
                null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** A side's CPU over the window as a share of its cores (0..1, two places), or {@code null} if unknown. */
    private static Double share(Window window, Integer cores) {
        return window.percent() < 0 || cores == null || cores <= 0 ? null : round(window.percent() / 100.0 / cores, 2);
    }

    /** The load generator's CPU per request it sent in the window, main and probe, in µs; {@code null} if unknown. */
    Double loadgenUsPerRequest() {
        long sent = main.count() + (probe == null ? 0 : probe.count());
        return loadgen.percent() < 0 || sent == 0 ? null
                : round(loadgen.percent() / 100.0 * mark.measureSeconds() * 1_000_000 / sent, 0);
    }

    private static Double roundOrNull(Double value) {
        return value == null ? null : round(value, 1);
    }

    /**
     * Whether this step measured the machine, by the report's one rule; {@code null} if unknown. A backend the run
     * started shares the load generator's cores, so its CPU counts on that side.
     */
    Boolean machineBound() {
        Double loadgenSide = share(loadgen, loadgenCores);
        Double backendShare = share(backend, loadgenCores);
        if (loadgenSide != null && backendShare != null) {
            loadgenSide += backendShare;
        }
        return Capacity.machineBound(scenario, loadgenSide, share(server, serverCores));
    }

    /** The step's row of steps.csv: both sides' CPU, and the requests that were not measured. */
    StepCpuRow stepCpuRow() {
        return new StepCpuRow(target, scenario, mark.label(), round(mark.measureSeconds(), 1), main.count(),
                round(rps(), 1), percent(server), percent(loadgen), loadgenUsPerRequest(), warmup.count(),
                probe == null ? null : probe.count(), report.toString());
    }

    /** {@code [7/24] virtual  io  users=1000  9,412 rps  p99 118 ms  eff 0.94} and what else the step has. */
    String progressLine() {
        StringBuilder line = new StringBuilder(measuredLine(target, mark));
        line.append("  cpu server ").append(shown(server)).append(" (jit ").append(shown(serverJit)).append(") gatling ")
                .append(shown(loadgen));
        if (Boolean.TRUE.equals(machineBound())) {
            line.append("  MACHINE-BOUND");
        }
        if (Boolean.TRUE.equals(WarmUpRule.cold(scenario, share(serverJit, serverCores)))) {
            line.append("  COLD");
        }
        return line.toString();
    }

    /** What a step measured, from its record alone: {@code virtual  io  users=1000  1,998 rps  p99 503 ms  eff 1.00}. */
    static String measuredLine(String target, StepRecord mark) {
        Latencies main = mark.ofKind("main");
        Latencies probe = mark.probe() ? mark.ofKind("probe") : null;
        double rps = main.count() / mark.measureSeconds();
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-15s %-16s ", target, mark.scenario()));
        if (!mark.label().chars().allMatch(Character::isDigit)) {
            line.append(mark.label()).append("  ");
        }
        line.append(mark.users() == null ? "rate=" + Math.round(mark.rate()) + "/s" : "users=" + mark.users());
        if (mark.n() != null) {
            line.append(" n=").append(mark.n());
        }
        line.append(String.format(Locale.ROOT, "  %,.0f rps  p99 %d ms", rps, main.p99Ms()));
        if (mark.idealRps() != null) {
            line.append(String.format(Locale.ROOT, "  eff %.2f", rps / mark.idealRps()));
        }
        if (probe != null) {
            line.append("  probe p99 ").append(probe.p99Ms()).append(" ms");
        }
        long ko = main.ko() + (probe == null ? 0 : probe.ko());
        if (ko > 0) {
            line.append("  ").append(ko).append(" errors");
        }
        if (main.count() == 0) {
            line.append("  NO REQUESTS MEASURED");
        }
        return line.toString();
    }

    private static String shown(Window window) {
        return window.percent() < 0 ? "not sampled" : String.format(Locale.ROOT, "%.0f%%", window.percent());
    }

    private static Double percent(Window window) {
        return window.percent() < 0 ? null : round(window.percent(), 0);
    }

    private static Double number(Integer value) {
        return value == null ? null : value.doubleValue();
    }

    private static double round(double value, int places) {
        double scale = Math.pow(10, places);
        return Math.round(value * scale) / scale;
    }
}
