package dev.jvmwait.report;

import dev.jvmwait.results.ServiceSettings;
import dev.jvmwait.results.ServiceSettings.Setting;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What could bound each target's throughput in this run, beyond results.csv: the platform pool size and the event
 * loop count (the services' settings, {@link ServiceSettings}, never typed in), the server's cores, and each target's
 * style; and the rule that tells a step which measured the machine rather than the style.
 */
public final class Capacity {

    /** Tomcat's default maxThreads: used only when the blocking service did not report its pool. */
    static final int DEFAULT_PLATFORM_POOL = 200;
    /** A server using this share of its cores or more was CPU-bound: its cores were the limit (lesson 3). */
    static final double CPU_SATURATED = 0.90;
    /** A step where the load generator used this share of its cores or more measured the machine: machine-bound. */
    public static final double LOADGEN_MACHINE_BOUND = 0.80;
    /** A concurrency lesson's step where the server's cores were this busy or more measured the machine: machine-bound. */
    public static final double SERVER_MACHINE_BOUND = 0.85;
    /**
     * The scenarios of the concurrency lessons (1, 2, 4 and 7), whose claims are about waiting: a busy server core
     * there is the machine's limit. Lessons 3 and 5 load the server's CPU on purpose, so only the load
     * generator's share makes their steps machine-bound.
     */
    public static final Set<String> CONCURRENCY_SCENARIOS = Set.of("io", "fanout", "mistake-blocking", "pool");

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
            reasons.add("the load generator's side used " + Figures.pct(loadgenShare) + " of its cores (≥ "
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

    /**
     * The stack a target runs on: the framework its settings name (without the version), or, for a target of API.md
     * that reported none, the one API.md gives it.
     */
    public String stack(String target) {
        return run.settings().forTarget(target).flatMap(ServiceSettings::stack)
                .orElse(switch (target) {
                    case "blocking", "virtual" -> "Spring Boot";
                    case "reactive", "coroutines", "quarkus-virtual" -> "Quarkus";
                    default -> "unknown";
                });
    }
}
