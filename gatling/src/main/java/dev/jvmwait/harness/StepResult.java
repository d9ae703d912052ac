package dev.jvmwait.harness;

import dev.jvmwait.load.Latencies;
import dev.jvmwait.load.Outcome;
import dev.jvmwait.load.Scenario;
import dev.jvmwait.load.StepRecord;
import dev.jvmwait.load.SteadyState;
import dev.jvmwait.report.Capacity;
import dev.jvmwait.results.ResultRow;
import dev.jvmwait.results.StepCpuRow;
import dev.jvmwait.results.WarmUpRule;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;

/** One step: what the simulation recorded for its requests joined with the /proc samples of its window, as the rows it adds. */
record StepResult(String target, String scenario, StepRecord mark, Latencies main, Latencies probe,
                  Latencies warmup, Window server, Window serverJit, Window loadgen, Window loadgenJit, Window backend,
                  long rssPeakKb, long threadsPeak,
                  Path report, Integer serverCores, int loadgenCores, SteadyState.Result warmUp, int round, BackendPass pass,
                  PastCapacity past, Double coreSpeed) {

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
        return of(target, scenario, mark, samples, report, serverCores, loadgenCores, warmUp, round, BackendPass.SLEEP,
                PastCapacity.NONE);
    }

    /** The same, over a backend: {@code pass} says which, and with what pool. */
    static StepResult of(String target, String scenario, StepRecord mark, List<ProcSampler.Sample> samples,
                         Path report, Integer serverCores, int loadgenCores, SteadyState.Result warmUp, int round,
                         BackendPass pass, PastCapacity past) {
        long rss = -1;
        long threads = -1;
        for (ProcSampler.Sample s : samples) {
            if (s.atMs() >= mark.startMs() && s.atMs() <= mark.measureEndMs()) {
                rss = Math.max(rss, s.serverRssKb());
                threads = Math.max(threads, s.serverThreads());
            }
        }
        return new StepResult(target, scenario, mark, mark.ofKind(mainKind(scenario)), mark.probe() ? mark.ofKind("probe") : null,
                mark.ofKind("warmup"),
                window(samples, mark, ProcSampler.Sample::serverCpuUs), window(samples, mark, ProcSampler.Sample::serverJitCpuUs),
                window(samples, mark, ProcSampler.Sample::loadgenCpuUs), window(samples, mark, ProcSampler.Sample::loadgenJitCpuUs),
                window(samples, mark, ProcSampler.Sample::backendCpuUs),
                rss, threads, report, serverCores, loadgenCores, warmUp, round, pass, past, null);
    }

    /** The same step, with how fast its server's core computed in the window ({@link CoreSpeed}); null if not read. */
    StepResult withCoreSpeed(Double speed) {
        return new StepResult(target, scenario, mark, main, probe, warmup, server, serverJit, loadgen, loadgenJit, backend,
                rssPeakKb, threadsPeak, report, serverCores, loadgenCores, warmUp, round, pass, past, speed);
    }

    /**
     * The requests a row's latencies are of: {@code main} (in a step that sorts its answers, its successes), or in a
     * {@code shutdown} step those in flight at SIGTERM that were answered.
     */
    private static String mainKind(String scenario) {
        return scenario.equals(Scenario.SHUTDOWN.label()) ? "inflight" : "main";
    }

    /** How many requests of a kind ended in this outcome ({@code main-refused}, ...). */
    private long count(String kind, Outcome outcome) {
        return mark.ofKind(kind + outcome.suffix()).count();
    }

    /** Requests of a kind that failed, whatever the outcome. */
    private long failed(String kind) {
        return failed(mark, kind);
    }

    /** Requests of a kind in a step that failed, whatever the outcome ({@code main-refused}, {@code main-timeout}, ...). */
    private static long failed(StepRecord mark, String kind) {
        return Arrays.stream(Outcome.values()).filter(o -> o != Outcome.OK).mapToLong(o -> mark.ofKind(kind + o.suffix()).count())
                .sum();
    }

    private boolean sortsOutcomes() {
        return Scenario.named(scenario).pastCapacity();
    }

    /** The kind whose turned-away requests the row's refusal and error columns count: after SIGTERM, in a shutdown step. */
    private String turnedAwayKind() {
        return scenario.equals(Scenario.SHUTDOWN.label()) ? "after" : "main";
    }

    private Double sorted(Outcome outcome) {
        return sortsOutcomes() ? (double) count(turnedAwayKind(), outcome) : null;
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

    /** The measured requests: in a step that sorts its answers, its successes and failures alike. */
    long requests() {
        return main.count() + (sortsOutcomes() ? failed(mainKind(scenario)) : 0);
    }

    long ko() {
        return main.ko() + (probe == null ? 0 : probe.ko()) + (sortsOutcomes() ? failed(mainKind(scenario)) : 0);
    }

    /** Throughput of successes over the window; none for a shutdown step, whose window is the users' last requests. */
    private Double goodput() {
        return scenario.equals(Scenario.SHUTDOWN.label()) ? null : round(rps(), 1);
    }

    /** Throughput in the window: in a step that sorts its answers, the successes answered in it (goodput). */
    double rps() {
        return (sortsOutcomes() ? mark.ofKind("answered").count() : main.count()) / mark.measureSeconds();
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
                number(mark.n()), round(mark.measureSeconds(), 1), (double) requests(), (double) main.ok(),
                (double) (requests() - main.ok()), goodput(), latency(main.p50Ms()), latency(main.p95Ms()), latency(main.p99Ms()),
                latency(main.maxMs()), mark.idealRps() == null ? null : round(mark.idealRps(), 1),
                efficiency() == null ? null : round(efficiency(), 3),
                cpuUsPerRequest() == null ? null : round(cpuUsPerRequest(), 0),
                rssPeakKb < 0 ? null : round(rssPeakKb / 1024.0, 1), threadsPeak < 0 ? null : (double) threadsPeak,
                probe == null ? null : (double) probe.p99Ms(), share(loadgen, loadgenCores), share(server, serverCores),
                machineBound(), warmUp == null ? 0.0 : round(warmUp.seconds(), 1), warmUp == null ? null : warmUp.steady(),
                jitShare, WarmUpRule.cold(scenario, jitShare), round((mark.measureStartMs() - mark.startMs()) / 1000.0, 1),
                loadgenUsPerRequest(), share(loadgenJit, loadgenCores), roundOrNull(mark.heapLiveMb()),
                roundOrNull(mark.heapIdleMb()), roundOrNull(mark.rssIdleMb()), round, pass.backend(),
                number(pass.pool()), pass.poolDefault(), share(backend, loadgenCores),
                number(past.bound()), past.capacityRps() == null ? null : round(past.capacityRps(), 1), loadFactor(),
                sorted(Outcome.REFUSED), sorted(Outcome.TIMEOUT), sorted(Outcome.CONNECTION), sorted(Outcome.OTHER),
                past.heapPeakMb(), past.died(), scenario.equals(Scenario.SHUTDOWN.label()) ? (double) mark.ofKind("after").count() : null,
                past.exitS() == null ? null : round(past.exitS(), 2), past.afterKill(),
                coreSpeed == null ? null : round(coreSpeed, 2));
    }

    /** A latency of the row's requests; none where a step that sorts its answers had no success to time. */
    private Double latency(long millis) {
        return sortsOutcomes() && main.count() == 0 ? null : (double) millis;
    }

    /**
     * An open overload step's offered rate ÷ the capacity it is a multiple of (none for a closed or paced step).
     */
    private Double loadFactor() {
        return mark.rate() == null || mark.users() != null || past.capacityRps() == null || past.capacityRps() <= 0
                ? null : round(mark.rate() / past.capacityRps(), 2);
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
     * Whether this step measured the machine, by the report's one rule; {@code null} if unknown, or not judged: the
     * steps that compile ({@link StepRecord#compiles}: the overload's {@code compile} and {@code recompile}), which load
     * both sides flat out on purpose, warm-ups no lesson reads. A backend the run started shares the load generator's cores, so its CPU counts on that side.
     */
    Boolean machineBound() {
        if (mark.compiles()) {
            return null;
        }
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
        if (Scenario.named(mark.scenario()).pastCapacity()) {
            return pastCapacityLine(target, mark);
        }
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

    /**
     * {@code reactive  overload  4x  rate=1,280/s  goodput 301 rps  p99 155 ms  refused 2,870  other errors 0} or
     * {@code virtual  shutdown  sigterm  in flight at SIGTERM 30: 30 answered, 0 lost; after it 30 turned away, 0 served}.
     */
    private static String pastCapacityLine(String target, StepRecord mark) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-15s %-16s %-12s ", target, mark.scenario(), mark.label()));
        boolean shutdown = mark.scenario().equals(Scenario.SHUTDOWN.label());
        String kind = shutdown ? "inflight" : "main";
        Latencies ok = mark.ofKind(kind);
        long failed = failed(mark, kind);
        if (shutdown) {
            long turnedAway = failed(mark, "after");
            return line.append(String.format(Locale.ROOT, "users=%d  in flight at SIGTERM %d: %d answered, %d lost; after it %d"
                    + " turned away, %d served", mark.users(), ok.count() + failed, ok.count(), failed, turnedAway,
                    mark.ofKind("after").count())).toString();
        }
        line.append(mark.users() == null ? String.format(Locale.ROOT, "rate=%,.0f/s", mark.rate()) : "users=" + mark.users());
        line.append(String.format(Locale.ROOT, "  goodput %,.0f rps  %s", mark.ofKind("answered").count() / mark.measureSeconds(),
                ok.count() == 0 ? "no success" : "p99 " + ok.p99Ms() + " ms"));
        for (Outcome outcome : Outcome.values()) {
            long count = outcome == Outcome.OK ? 0 : mark.ofKind(kind + outcome.suffix()).count();
            if (count > 0) {
                line.append(String.format(Locale.ROOT, "  %s %,d", outcome.name().toLowerCase(Locale.ROOT), count));
            }
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
