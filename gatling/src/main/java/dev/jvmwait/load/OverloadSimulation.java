package dev.jvmwait.load;

import static dev.jvmwait.load.Step.anyUserId;

import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * {@code overload}: past capacity. Each request waits 100–300 ms (a database call, say: {@link #anyWaitMs}) and then computes a fibonacci of a
 * few milliseconds, so that one server core, not a thread pool, is every style's limit, and a load generator on one
 * core can offer four times what it serves. Two parts, each a Gatling run of its own, since the second's rates depend
 * on the first's answer:
 * <ol>
 *   <li>without {@code -DcapacityRps}: the {@code capacity} step, a closed step with more users than the core can
 *   serve: what the target serves flat out;</li>
 *   <li>with it: an open ladder at {@link #FACTORS} × capacity, arrivals at their rate whatever the answers' pace, as
 *   from users who do not wait for each other. Labelled {@code 0.5x}, {@code 1x}, ... ({@code 0.5x-bounded}, ... where
 *   the service was started with {@code MAX_IN_FLIGHT}: {@code -Dbound}, after a paced {@code capacity-bounded} step at
 *   4× that warms the new process, refusals included).</li>
 * </ol>
 * Every answer is sorted by what it was (a success, a refusal: 503 with {@code Retry-After}, another status, a
 * timeout, a connection error), and the successes alone give the step's latencies.
 */
public class OverloadSimulation extends Simulation {

    /**
     * The offered rates, as multiples of the capacity: where nothing queues, and twice and four times past it. (A 1x step
     * too cost half a minute of the 5 the experiment may take; the time went to warming the bounded process instead.)
     */
    public static final List<Double> FACTORS = List.of(0.5, 2.0, 4.0);

    /**
     * Headroom over Little's law for the bound a run sets: a service serving {@code capacity} requests a second that each
     * hold {@code wait} has capacity × wait in flight; a quarter more keeps its core busy through bursts (at the 200 ms
     * wait, some eight requests of CPU work queued), and past that, extra requests would only queue for the core, a
     * quarter of a wait longer each, instead of being refused.
     */
    static final double BOUND_HEADROOM = 1.25;

    static List<Step> steps(Knobs knobs) {
        int delayMs = knobs.delayMs();
        int n = knobs.n();
        Function<Session, String> path = session -> "/api/mixed/" + anyUserId() + "?delayMs=" + anyWaitMs(delayMs) + "&n=" + n;
        String capacity = System.getProperty("capacityRps");
        if (capacity == null || capacity.isBlank()) {
            return List.of(Step.closed("capacity", knobs.fixedUsers(), path).withDelayMs(delayMs).withN(n));
        }
        double capacityRps = Double.parseDouble(capacity);
        String bound = System.getProperty("bound");
        List<Step> ladder = FACTORS.stream().map(factor -> Step.open(label(factor) + (bound == null ? "" : "-bounded"),
                factor * capacityRps, path).withDelayMs(delayMs).withN(n)).toList();
        if (bound == null) {
            return ladder;
        }
        // A process started seconds before compiles its paths first, the refusal's among them, which the ladder would
        // otherwise pay for in its 2x step. Warmed by a paced step at 3× capacity: as many users as capacity, each sending a
        // request every 333 ms, or as soon as its last was answered (an admitted request takes longer), so about two of
        // three are refused; being closed, it then waits for a quiet JIT before its window, which says what the target
        // serves at 3× with the bound. (At 4×, on Tomcat, which closes the connection after each 503, the load
        // generator's core was 82% busy reconnecting.)
        int users = (int) Math.ceil(capacityRps);
        return Stream.concat(Stream.of(Step.paced("capacity-bounded", 3 * capacityRps, users, path).withDelayMs(delayMs).withN(n)),
                ladder.stream()).toList();
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
     * The bound on requests in flight a run starts the service with, by one rule for every target: Little's law at the
     * target's measured capacity, with {@link #BOUND_HEADROOM}; at least 4.
     */
    public static int boundFor(double capacityRps, int waitMs) {
        return Math.max(4, (int) Math.ceil(BOUND_HEADROOM * capacityRps * waitMs / 1000.0));
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
