package dev.jvmwait.load;

import static dev.jvmwait.load.Step.anyUserId;

import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.function.IntSupplier;
import java.util.stream.Stream;

/**
 * {@code overload}: past capacity. Each request waits 100–300 ms (a database call, say: {@link #anyWaitMs}) and then computes a fibonacci of a
 * few milliseconds, so that one server core, not a thread pool, is every style's limit, and a load generator on one
 * core can offer four times what it serves. One process, warmed once, measured with and without the bound, in two
 * Gatling runs, since the second's rates depend on the first's answer:
 * <ol>
 *   <li>without {@code -DcapacityRps}: the {@code capacity} step, a closed step with more users than the core can
 *   serve, whose window opens once the service is warm ({@link Step#settling()}): what the target serves flat out;</li>
 *   <li>with it: an open ladder at {@link #FACTORS} × capacity, arrivals at their rate whatever the answers' pace, as
 *   from users who do not wait for each other: first with the bound of {@link #boundFor} set on the service
 *   ({@code 0.5x-bounded} up to {@code 4x-bounded}); the capacity again ({@code capacity-after}, as the first but
 *   not settling: it follows the ladder by the clock), the bounded steps judged against the lower of the two; then
 *   without the bound ({@code 2x}, {@code 4x}: at 0.5x the bound refuses nothing, so the bounded step serves both
 *   series), where the service may queue without limit or die, so it comes last.</li>
 * </ol>
 * Every answer is sorted by what it was (a success, a refusal: 503 with {@code Retry-After}, another status, a
 * timeout, a connection error), and the successes alone give the step's latencies.
 */
public class OverloadSimulation extends Simulation {

    /** The offered rates, as multiples of the capacity: where nothing queues, and twice and four times past it. */
    public static final List<Double> FACTORS = List.of(0.5, 2.0, 4.0);

    /**
     * The steps that compile the service's paths rather than measure them ({@link #compiling}): before the capacity's,
     * and again before the ladder. Their rows are warm-ups that no lesson reads.
     */
    static final String COMPILE = "compile";
    public static final String RECOMPILE = "recompile";
    /** The closed step that measures the capacity again, after the bounded steps. */
    public static final String CAPACITY_AFTER = "capacity-after";
    /** A compiling step's users, one more than its bound: {@link WarmUp#PATH_USERS}, so that the JIT gets the core. */
    static final int COMPILE_USERS = WarmUp.PATH_USERS;
    /**
     * The system property that names the part of the ladder a Gatling run sends, once the capacity is known (unset: all
     * of it): {@link #BOUNDED_PART} (recompile, the bounded series, the capacity again), {@link #BOUNDED_AGAIN_PART}
     * (the bounded series and the capacity again, at a capacity measured anew) or {@link #UNBOUNDED_PART}. Measure runs
     * them in turn, so that it can run the bounded series again where the capacity measured after it shows the first
     * capacity step measured a slower process.
     */
    public static final String PART = "overloadPart";
    public static final String BOUNDED_PART = "bounded";
    public static final String BOUNDED_AGAIN_PART = "bounded-again";
    public static final String UNBOUNDED_PART = "unbounded";

    static List<Step> steps(Knobs knobs) {
        int delayMs = knobs.delayMs();
        int n = knobs.n();
        Function<Session, String> path = mixed(() -> anyWaitMs(delayMs), n);
        String capacity = System.getProperty("capacityRps");
        if (capacity == null || capacity.isBlank()) {
            return List.of(compiling(COMPILE),
                    Step.closed("capacity", knobs.fixedUsers(), path).withDelayMs(delayMs).withN(n).withBound(0).settling());
        }
        double capacityRps = Double.parseDouble(capacity);
        int bound = boundFor(capacityRps, delayMs);
        // Both series from the bottom up. The bounded one so that the server's last compiles fall where its core has room:
        // the first open step after the recompile step's few users met the server's JIT at 10% of the core or more in 33
        // of 49 runs on 2026-11-30 when it was the 4x one, where refusing three requests for every one served already
        // costs a tenth to a quarter of the core, and 25 of those 49 served under 80% of capacity; at 0.5x the core is
        // two-fifths busy. The unbounded one so that its queue grows from step to step. The first bounded step warms
        // twice as long as the others: the first open arrivals of the real request after the recompile step's few users,
        // on both sides (the load generator's JIT took 38-43% of its core in that window after 1 s).
        List<Step> bounded = FACTORS.stream().map(factor -> Step.open(label(factor) + "-bounded",
                factor * capacityRps, path).withDelayMs(delayMs).withN(n).withBound(bound)
                .withWarmTimes(factor == FACTORS.getFirst() ? 2 : 1)).toList();
        // The capacity again, without the bound, right after the bounded steps: they are judged against the lower of the
        // two (the bound is Little's law at the first; a shared host's speed drifts within a minute).
        Step again = Step.closed(CAPACITY_AFTER, knobs.fixedUsers(), path).withDelayMs(delayMs).withN(n).withBound(0);
        // At 0.5x the bound refuses nothing (half the capacity keeps 0.4 of the bound in flight): the bounded 0.5x step is
        // the unbounded series' too (the report borrows it where it refused nothing), which saves a step per target.
        List<Step> unbounded = FACTORS.stream().skip(1).map(factor -> Step.open(label(factor), factor * capacityRps, path)
                .withDelayMs(delayMs).withN(n).withBound(0)).toList();
        List<Step> boundedAgain = Stream.concat(bounded.stream(), Stream.of(again)).toList();
        List<Step> boundedPart = Stream.concat(Stream.of(compiling(RECOMPILE)), boundedAgain.stream()).toList();
        return switch (System.getProperty(PART, "")) {
            case BOUNDED_PART -> boundedPart;
            case BOUNDED_AGAIN_PART -> boundedAgain;
            case UNBOUNDED_PART -> unbounded;
            default -> Stream.concat(boundedPart.stream(), unbounded.stream()).toList();
        };
    }

    /**
     * A step that compiles, not measures: quick requests (a 1 ms wait, a small fibonacci) back-to-back from
     * {@link #COMPILE_USERS} users, one more than the bound it sets, so that a share of them are refused, half of them
     * each on a new connection ({@link Step#compiling}), for 4 s.
     * <ul>
     *   <li>{@code compile}, first: a method that runs once per request reaches C2 after thousands of calls, which the
     *   capacity's 200 a second would take a minute to make; a thousand a second make them in seconds. Measured
     *   (-XX:+PrintCompilation on {@code virtual}): with an open compile step of mostly refusals instead, Tomcat's and
     *   Spring's request path reached C2 only during the bounded steps, 10-30 compiles a second, the JIT at 13-30% of
     *   the core in their windows.</li>
     *   <li>{@code recompile}, after the capacity step and before the ladder: the capacity's code, compiled while
     *   nothing was refused, meets its first refusals and new connections there, and C2 throws it away (seen with
     *   -Xlog:deoptimization on {@code reactive}: some 60 uncommon traps within 15 ms, class checks and unstable ifs in
     *   Netty's and Vert.x's request path) and compiles it again for some 3 s, at 15-31% of the core: the first bounded
     *   step's window lost that much goodput. Here the traps fall on a step nobody measures.</li>
     * </ul>
     */
    private static Step compiling(String label) {
        return Step.closed(label, COMPILE_USERS, mixed(() -> WarmUp.PATH_WAIT_MS, WarmUp.PATH_N)).withBound(COMPILE_USERS - 1).withWarmTimes(2).compiling();
    }

    /** {@code /api/mixed/{id}}, any user, each request asking the wait {@code waitMs} gives it, then fibonacci({@code n}). */
    private static Function<Session, String> mixed(IntSupplier waitMs, int n) {
        return session -> "/api/mixed/" + anyUserId() + "?delayMs=" + waitMs.getAsInt() + "&n=" + n;
    }

    /**
     * A wait drawn evenly from half to one and a half times the mean, as a backend's latency varies. With one fixed wait,
     * requests admitted together wait together, and on platform threads, which the kernel time-slices, they then finish
     * their CPU work together too and all wait again, leaving the core idle: a convoy (measured with a bound of 48 and
     * 200 ms every time, {@code blocking} served 58% of its capacity with its core 70% busy) that a real backend's spread
     * breaks up.
     */
    static int anyWaitMs(int meanMs) {
        return ThreadLocalRandom.current().nextInt(meanMs / 2, meanMs * 3 / 2 + 1);
    }

    /** {@code 0.5x}, {@code 1x}, {@code 4x}. */
    static String label(double factor) {
        return (factor == Math.rint(factor) ? Long.toString((long) factor) : Double.toString(factor)) + "x";
    }

    /**
     * The bound on requests in flight the bounded steps set on the service (and the shutdown's process starts with), by
     * one rule for every target: the requests that wait at the target's measured capacity (Little's law: capacity × mean
     * wait), and as many more as the square root of that, at least 4. At capacity the number of requests in their
     * wait moves like a Poisson count, whose spread is the square root of its mean: the margin is one such spread, so
     * that when more waits than usual are under way at once, admitted requests are still queued for the core instead of
     * leaving it idle (the square-root staffing rule; past the margin, a request would only queue longer for the core).
     * At 200 ms and 170 requests a second: 34 waiting, 40 in flight.
     *
     * <p>Measured (docs/HARNESS.md, "Past capacity"): with a margin of a tenth of the waiting requests instead (37 at 170
     * a second), three alternated runs of {@code --scenarios overload,shutdown} on 2026-12-01 (07:35-08:11 UTC) gave 4
     * contradicted verdicts of 15, every one a bounded step at 72-80% of capacity with its p99 at 1.0-1.8×; with this
     * rule, 0 of 15 (11 confirmed, 4 inconclusive on the server's JIT at 22-25% of the core), {@code blocking}'s p99 at
     * 4× 1.5-1.8× the 0.5× step's. A quarter more (2026-11-30) took {@code blocking}'s p99 past 2×: each admitted
     * request there is a platform thread that the kernel time-slices with the others.
     */
    public static int boundFor(double capacityRps, int waitMs) {
        double waiting = capacityRps * waitMs / 1000.0;
        // Less a hair before rounding up, so that a sum that doubles put a hair above a whole number stays that number
        // (the rates a step's window reads, in halves of a request a second, give none at these waits; a caller's may).
        return Math.max(4, (int) Math.ceil(waiting + Math.sqrt(waiting) - 1e-9));
    }

    /** The wait and the work each request asks for in a profile, for the bound's rule. */
    public static int waitMs(Profile profile) {
        return Scenario.OVERLOAD.load(profile).waitMs();
    }

    private final StepPlan plan = new StepPlan(Scenario.OVERLOAD);

    {
        setUp(plan.populations()).assertions(plan.assertions());
    }

    @Override
    public void after() {
        plan.writeRecords();
    }
}
