package dev.jvmwait.load;

import io.gatling.javaapi.core.Simulation;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Every scenario, and what it runs in each {@link Profile}: the one place for ladders, waits and knobs.
 * compare.sh asks for them ({@code dev.jvmwait.harness.Plan}); the simulations read them ({@link Knobs}). A
 * quick cell left empty means the scenario is not part of {@code --quick} (asked for by name, it runs its
 * default load).
 *
 * <p>The default loads are sized so that no step measures the two-core machine instead of the style (one core
 * for the server, one for Gatling): by Little's law a pool of 200 threads caps at 200 ÷ wait whatever the wait,
 * so {@code io} shows that cap with 500 ms waits at 1,000 users, 2,000 requests a second, where 100 ms waits
 * would ask 10,000 a second of one core and measure the core. The other waits stay 100 ms where the rate they
 * make is small anyway.
 */
public enum Scenario {
    //           default                                      --quick                          --smoke
    IO(IoSimulation.class, IoSimulation::steps,
                 Load.users(100, 200, 500, 1000).waitMs(500), Load.users(200, 1000).waitMs(500), Load.users(10).waitMs(100)),
    // What one request costs, at the same moderate rate for every target and with 1,000 requests in flight.
    COST(CostSimulation.class, CostSimulation::steps,
                 Load.users(1000).waitMs(1000).withRates(2000).stepS(4), null,               Load.users(10).waitMs(100).withRates(50)),
    FANOUT(FanoutSimulation.class, FanoutSimulation::steps,
                 Load.users(50).waitMs(100),                  null,                            Load.users(10).waitMs(100)),
    CPU(CpuSimulation.class, CpuSimulation::steps,
                 Load.users(1, 4, 16).n(27),                  null,                            Load.users(1, 2).n(20)),
    // Asked for by name only: a wait then CPU work, no lesson of its own.
    MIXED(MixedSimulation.class, MixedSimulation::steps,
                 Load.users(50, 500).waitMs(100).n(25),       null,                            Load.users(10).waitMs(100).n(20)),
    // Longer and lighter: on an event loop its requests take users × wait ÷ loops to come back.
    MISTAKE_BLOCKING(MistakeBlockingSimulation.class, MistakeBlockingSimulation::steps,
                 Load.users(20).waitMs(100).stepS(3),         null,                            Load.users(10).waitMs(100).stepS(1)),
    // fibonacci(35) takes ~40 ms of one core: 10 of them queued on a loop or a carrier keep the probe waiting
    // hundreds of ms, far from the rule's 50 ms, while the OS slices the same work off a platform pool in a few ms.
    // (With 8 × fibonacci(32), ~7 ms each, the gap sat on the rule's edge and flipped between runs; with
    // 8 × fibonacci(34) quarkus-virtual's came within 20 ms of it.)
    MISTAKE_CPU(MistakeCpuSimulation.class, MistakeCpuSimulation::steps,
                 Load.users(10).n(35).stepS(3),               Load.users(10).n(35).stepS(3),  Load.users(2).n(25)),
    // Over a real backend (compare.sh runs it over each one after the lessons above, and alone with --backend): one io
    // step where a connection pool, not the threads, is the cap. 80 users fill every default pool (5 to 50), and stay
    // under a raised pool of 100, where the users are the bound. 200 ms queries from 80 users ask at most 400 a second,
    // which a service started seconds before serves without filling its core (at 100 ms, 1,000 a second over HTTP did),
    // and a request queues at most 80 ÷ (pool ÷ 0.2 s) for a connection: 3.2 s with a pool of 5, inside every pool's
    // 5 s wait. A full pool serves its pool ÷ wait from the first second, so a 2 s window suffices.
    POOL(PoolSimulation.class, PoolSimulation::steps,
                 Load.users(80).waitMs(200),                  null,                            Load.users(5).waitMs(50)),
    // Asked for by name only (the overload experiment is the open model's lesson); runs last: past its limit a target
    // queues requests for seconds.
    OPEN(OpenSimulation.class, OpenSimulation::steps,
                 Load.rates(200, 1000, 2000).waitMs(500),     null,                            Load.rates(50, 100).waitMs(100)),
    // Past capacity (lesson 8): users for the capacity step (more than one core serves: 200 × 200 ms would ask 1,000 a
    // second, the core serves ~180 of fibonacci(31), ~5 ms each), then the open ladder at 0.5-4× what it served. That
    // much work per request keeps 4× within what one load-generator core offers (4× without a bound, every request
    // timing out and reconnecting, took 40-66% of it, once 84%), and a refusal's cost (~0.1 ms, a new connection each on
    // Tomcat, which closes the connection after a 503) small beside a success's. Not more: with fibonacci(32), ~8 ms,
    // blocking's platform threads, time-sliced, held 75% of its capacity with the bound. A 200 ms wait on
    // average (100-300 ms: OverloadSimulation.anyWaitMs): with 100 ms the bound (then 1.25 × capacity × wait) left four
    // requests of CPU work queued, too few to keep the core busy through bursts; with 500 ms the queue that builds at 2×
    // took most of a step to reach 5× the wait.
    OVERLOAD(OverloadSimulation.class, OverloadSimulation::steps,
                 Load.users(200).waitMs(200).n(31),           null,                            Load.users(10).waitMs(50).n(20)),
    // Graceful shutdown under load: 30 users with 1 s waits, SIGTERM once each has one in flight; its window is how long
    // the users may take after it (each sends one request more, then stops).
    SHUTDOWN(ShutdownSimulation.class, ShutdownSimulation::steps,
                 Load.users(30).waitMs(1000).stepS(10),       null,                            Load.users(5).waitMs(1000).stepS(10));

    private final Class<? extends Simulation> simulation;
    private final Function<Knobs, List<Step>> steps;
    private final Load defaultLoad;
    private final Load quickLoad;
    private final Load smokeLoad;

    Scenario(Class<? extends Simulation> simulation, Function<Knobs, List<Step>> steps, Load defaultLoad, Load quickLoad,
             Load smokeLoad) {
        this.simulation = simulation;
        this.steps = steps;
        this.defaultLoad = defaultLoad;
        this.quickLoad = quickLoad;
        this.smokeLoad = smokeLoad;
    }

    /** The name compare.sh, results.csv and the report use: {@code io}, {@code mistake-blocking}, ... */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Scenario named(String label) {
        return Arrays.stream(values()).filter(s -> s.label().equals(label.trim())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown scenario " + label + " (known: "
                        + String.join(", ", Arrays.stream(values()).map(Scenario::label).toList()) + ")"));
    }

    /** The scenarios a profile runs, in the order it runs them. */
    public static List<Scenario> of(Profile profile) {
        return Arrays.stream(values()).filter(s -> switch (profile) {
            case DEFAULT -> !s.byNameOnly();
            case QUICK -> s.quickLoad != null;
            case SMOKE, TRAIN -> true;
        }).toList();
    }

    /**
     * Whether the lessons over the simulated wait read this scenario: if not, their run leaves it out, and it runs when
     * asked for by name ({@code pool} runs in the passes over the real backends).
     */
    public boolean byNameOnly() {
        return this == MIXED || this == OPEN || this == POOL || pastCapacity();
    }

    /**
     * Whether this scenario is one of the past-capacity experiment's (lesson 8), which compare.sh runs after the others,
     * each target in services of their own: {@code overload} kills the service or fills its queues, {@code shutdown} ends it.
     */
    public boolean pastCapacity() {
        return this == OVERLOAD || this == SHUTDOWN;
    }

    /**
     * Whether this scenario needs the warm-up before its first step: all but {@code pool}, whose pools hold the server to
     * a few hundred requests a second, where a step's own warm-up and its wait for a quiet JIT are enough. A run of only
     * such scenarios skips the warm-up phases (20 services start in the passes over the real backends).
     */
    public boolean needsWarmServer() {
        return this != POOL && !pastCapacity();
    }

    /**
     * The least warm-up of each of this scenario's steps, whatever the profile's: a {@code pool} step starts on a
     * service that was not warmed, whose first calls through a client it has not used yet load its classes and open
     * the pool's connections (seen: a cold Spring service's first calls to the upstream took longer than a smoke step);
     * then, as every closed step, it waits for the server's JIT to be quiet ({@link #jitWaitCapS}).
     */
    public double minStepWarmS() {
        return this == POOL ? 1.5 : 0;
    }

    /**
     * The most a step of this scenario waits for the server's JIT to be quiet, within the profile's cap: a {@code pool}
     * step, 4 s. A service started seconds before compiles hardest in its first seconds of traffic (measured at 400
     * requests a second over HTTP: after 1.5 s of warm-up and no wait, the server's core was 88–94% busy, up to 46% of
     * it the JIT; after a wait, at most 57%), but at a few hundred requests a second its JIT is seldom quiet for 2 s in
     * a row, so the full 10 s cap was spent on most steps: 20 services × 10 s of a run's 15 minutes.
     */
    public double jitWaitCapS(Profile profile) {
        return switch (this) {
            case POOL -> Math.min(4, profile.jitWaitCapS());
            case SHUTDOWN -> 0; // SIGTERM goes as soon as every user has a request in flight
            // The capacity step warms the process the whole experiment measures (Step.settling): a service started
            // seconds before serves this fibonacci-heavy request a fifth slower than once warm, its JIT at 11-14% of the
            // core for some 20 s (measured on reactive); before, the ladder's steps had it compiling at up to 25%.
            case OVERLOAD -> Math.min(OVERLOAD_WARM_CAP_S, profile.warmUpCapS());
            default -> profile.jitWaitCapS();
        };
    }

    /**
     * How long the load generator waits for an answer before it counts a timeout: gatling.conf's 10 s, or, past capacity,
     * 3 s, a client that gives up as an API's caller would (15 × the overload's 200 ms wait), so that a queue that grows
     * without bound shows within a step, and the step after it does not wait long for the queue to drain.
     */
    public long requestTimeoutMs() {
        return this == OVERLOAD ? 3_000 : GATLING_REQUEST_TIMEOUT_MS;
    }

    /**
     * The most the overload experiment's capacity step warms its process after its least warm-up
     * ({@link StepPlan#SETTLE_MIN_MS}), within the profile's warm-up cap.
     */
    static final double OVERLOAD_WARM_CAP_S = 15;

    /** gatling.conf's {@code gatling.http.requestTimeout}. */
    private static final long GATLING_REQUEST_TIMEOUT_MS = 10_000;

    public Class<? extends Simulation> simulation() {
        return simulation;
    }

    /** What this scenario runs in a profile. */
    public Load load(Profile profile) {
        return switch (profile) {
            case DEFAULT, TRAIN -> defaultLoad;
            case QUICK -> quickLoad != null ? quickLoad : defaultLoad;
            case SMOKE -> smokeLoad;
        };
    }

    /** The steps the simulation runs with these knobs. */
    public List<Step> steps(Knobs knobs) {
        return steps.apply(knobs);
    }
}
