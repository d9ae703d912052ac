package dev.jvmwait.report;

import dev.jvmwait.results.ServiceSettings;
import dev.jvmwait.results.ServiceSettings.Setting;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What could bound each target's throughput in this run, beyond results.csv: the platform pool size and
 * the event loop count (the services' settings, {@link ServiceSettings}, never typed in), the server's cores, and the
 * ceiling that tells whether the load generator, not the service, set a limit; and each target's style.
 */
public final class Capacity {

    /** Tomcat's default maxThreads: used only when the blocking service did not report its pool. */
    static final int DEFAULT_PLATFORM_POOL = 200;
    /** A step at or above this share of the zero-delay ceiling was capped by the machine, not the style. */
    static final double NEAR_CEILING = 0.85;
    /** A side (the server, or the load generator) using this share of its cores or more was CPU-bound: the limit. */
    static final double CPU_SATURATED = 0.90;
    /** A step where the load generator used this share of its cores or more measured the machine: machine-bound. */
    public static final double LOADGEN_MACHINE_BOUND = 0.80;
    /** A concurrency lesson's step where the server's cores were this busy or more measured the machine: machine-bound. */
    public static final double SERVER_MACHINE_BOUND = 0.85;
    /**
     * The scenarios of the concurrency lessons (1, 2 and 4), whose claims are about waiting: a busy server core
     * there is the machine's limit. Lessons 3 and 5 load the server's CPU on purpose, so only the load
     * generator's share makes their steps machine-bound.
     */
    public static final Set<String> CONCURRENCY_SCENARIOS = Set.of("io", "fanout", "mistake-blocking");

    private final ResultsDirectory run;
    private final int platformPool;
    private final String platformPoolSource;
    private final Integer eventLoops;
    private final String eventLoopsSource;
    private final Integer serverCores;

    /**
     * Whether a step measured the machine rather than the style: the load generator used ≥
     * {@link #LOADGEN_MACHINE_BOUND} of its cores, or, in a concurrency lesson's scenario, the server's cores were ≥
     * {@link #SERVER_MACHINE_BOUND} busy. {@code null} (unknown) when no share says so and a share the rule needs
     * is unknown. Shares are fractions of each side's cores (0..1).
     */
    public static Boolean machineBound(String scenario, Double loadgenShare, Double serverShare) {
        boolean concurrency = CONCURRENCY_SCENARIOS.contains(scenario);
        if (loadgenShare != null && loadgenShare >= LOADGEN_MACHINE_BOUND
                || concurrency && serverShare != null && serverShare >= SERVER_MACHINE_BOUND) {
            return true;
        }
        return loadgenShare == null || concurrency && serverShare == null ? null : false;
    }

    /** Why a step is machine-bound, in words, or empty if it is not (or that is unknown). */
    public static Optional<String> machineBoundReason(String scenario, Double loadgenShare, Double serverShare) {
        List<String> reasons = new ArrayList<>();
        if (loadgenShare != null && loadgenShare >= LOADGEN_MACHINE_BOUND) {
            reasons.add("the load generator used " + Figures.pct(loadgenShare) + " of its cores (≥ "
                    + Figures.pct(LOADGEN_MACHINE_BOUND) + ")");
        }
        if (CONCURRENCY_SCENARIOS.contains(scenario) && serverShare != null && serverShare >= SERVER_MACHINE_BOUND) {
            reasons.add("the server's cores were " + Figures.pct(serverShare) + " busy (≥ " + Figures.pct(SERVER_MACHINE_BOUND)
                    + ")");
        }
        return reasons.isEmpty() ? Optional.empty() : Optional.of(String.join(" and ", reasons));
    }

    public Capacity(ResultsDirectory run) {
        this.run = run;
        Optional<Setting> pool = run.settings().forTarget("blocking").flatMap(ServiceSettings::platformPool);
        if (pool.isPresent()) {
            platformPool = pool.get().value();
            platformPoolSource = "\"" + pool.get().label() + "\" in the blocking service's settings";
        } else {
            platformPool = DEFAULT_PLATFORM_POOL;
            platformPoolSource = "not found in the blocking service's settings: Tomcat's default of "
                    + DEFAULT_PLATFORM_POOL + " assumed";
        }
        this.serverCores = run.serverCores().orElse(null);
        Optional<Setting> loops = run.settings().forTarget("reactive").flatMap(ServiceSettings::eventLoops)
                .or(() -> run.settings().forTarget("coroutines").flatMap(ServiceSettings::eventLoops));
        if (loops.isPresent()) {
            eventLoops = loops.get().value();
            eventLoopsSource = "\"" + loops.get().label() + "\" in the Quarkus settings";
        } else if (serverCores != null) {
            eventLoops = 2 * serverCores;
            eventLoopsSource = "not found in the Quarkus settings: Quarkus's default of 2 × " + serverCores
                    + " server cores assumed";
        } else {
            eventLoops = null;
            eventLoopsSource = "not found in the Quarkus settings, and the server's cores are unknown";
        }
    }

    public int platformPool() {
        return platformPool;
    }

    public String platformPoolSource() {
        return platformPoolSource;
    }

    public boolean platformPoolFromSettings() {
        return !platformPoolSource.startsWith("not found");
    }

    public Optional<Integer> eventLoops() {
        return Optional.ofNullable(eventLoops);
    }

    public String eventLoopsSource() {
        return eventLoopsSource;
    }

    public Optional<Integer> serverCores() {
        return Optional.ofNullable(serverCores);
    }

    public Style style(String target) {
        return Style.of(target, run.settings());
    }

    /** The zero-delay ceiling of a target, or the highest ceiling measured if the target has none. */
    public Optional<Double> ceiling(String target) {
        Results r = run.results();
        Optional<Double> own = r.steps(target, "ceiling").stream().map(m -> m.median().rps())
                .filter(v -> v != null).max(Double::compare);
        if (own.isPresent()) {
            return own;
        }
        return r.targets().stream().flatMap(t -> r.steps(t, "ceiling").stream())
                .map(m -> m.median().rps()).filter(v -> v != null).max(Double::compare);
    }

    /**
     * Why a step could not go faster for reasons outside the style: near the ceiling, a saturated load
     * generator, or a saturated server CPU. Empty if none of these shows.
     */
    public List<String> externalLimits(Measurement m) {
        List<String> reasons = new ArrayList<>();
        Double rps = m.median().rps();
        Optional<Double> ceiling = ceiling(m.target());
        if (rps != null && ceiling.isPresent() && rps >= NEAR_CEILING * ceiling.get()) {
            reasons.add(Figures.rps(rps) + " is " + Figures.pct(rps / ceiling.get()) + " of the zero-delay ceiling ("
                    + Figures.rps(ceiling.get()) + ")");
        }
        run.loadGenerator().share(m.target(), m.scenario(), m.step())
                .filter(s -> s >= CPU_SATURATED)
                .ifPresent(s -> reasons.add("the load generator used " + Figures.pct(s) + " of its CPU"));
        Double used = m.median().serverCores();
        if (used != null && serverCores != null && used >= CPU_SATURATED * serverCores) {
            reasons.add("the server used " + Figures.num(used) + " of its " + serverCores + " core"
                    + (serverCores == 1 ? "" : "s"));
        }
        return reasons;
    }
}
