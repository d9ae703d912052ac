package dev.jvmwait.load;

import io.gatling.javaapi.core.Session;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * One measured level of a scenario: its label (a row's {@code step}), its load (concurrent users for the
 * closed model, arrivals per second for the open one), the request it sends, and what the row reports
 * beside them: the wait and the work each request asks for, the bound Little's law gives, whether the
 * probe runs beside it, and whether the server's live heap is read with the step's requests in flight. Built by name: {@code Step.closed("1", 200, path).withDelayMs(100)}.
 */
public record Step(String label, Integer users, Double rate, Integer delayMs, Integer n, Double idealRps,
                   boolean probe, boolean memoryBefore, boolean liveHeap, Integer paceMs, Integer bound, boolean settles,
                   int warmTimes, boolean compiles, Function<Session, String> path) {

    /** A closed-model step: {@code users} loop back-to-back on {@code path}. */
    public static Step closed(String label, int users, Function<Session, String> path) {
        return blank(label, path).with(f -> f.users = users);
    }

    /** An open-model step: {@code rate} new requests a second, whatever the answers' pace. */
    public static Step open(String label, double rate, Function<Session, String> path) {
        return blank(label, path).with(f -> f.rate = rate);
    }

    /**
     * A steady rate from a few users, each sending one request per {@code users ÷ rate} seconds ({@code pace}): the same
     * arrivals for every target as long as each answer comes back within its pace, and for the load generator far
     * cheaper than an open model, which starts a new virtual user per request.
     */
    public static Step paced(String label, double rate, int users, Function<Session, String> path) {
        return blank(label, path).with(f -> {
            f.users = users;
            f.rate = rate;
            f.paceMs = (int) Math.round(users * 1000 / rate);
        });
    }

    /** One step per level of a ladder, labelled 1, 2, … in order. */
    public static List<Step> ladder(List<Integer> levels, BiFunction<String, Integer, Step> step) {
        return IntStream.range(0, levels.size()).mapToObj(i -> step.apply(Integer.toString(i + 1), levels.get(i))).toList();
    }

    /** The simulated I/O wait each request asks for. */
    public Step withDelayMs(int delayMs) {
        return with(f -> f.delayMs = delayMs);
    }

    /** The fibonacci each request computes. */
    public Step withN(int n) {
        return with(f -> f.n = n);
    }

    /** The most this step can serve, for its efficiency (see {@link #littleBound}). */
    public Step withIdealRps(double idealRps) {
        return with(f -> f.idealRps = idealRps);
    }

    /** The probe runs beside this step: cheap requests whose latency shows whether the load holds up the rest. */
    public Step withProbe() {
        return with(f -> f.probe = true);
    }

    /**
     * Before the step starts, with nothing in flight, the server's live heap is read (a full GC, then the heap in use)
     * and its resident memory: the baseline, and a clean heap for the step to start on.
     */
    public Step withMemoryBefore() {
        return with(f -> f.memoryBefore = true);
    }

    /** The server's live heap is read halfway through the window: a full GC, then what the requests in flight hold. */
    public Step withLiveHeap() {
        return with(f -> f.liveHeap = true);
    }

    /**
     * The service's in-flight bound for this step, set before it starts ({@code PUT /internal/max-in-flight}): 0 for
     * none. Unset, a step leaves the service as it is.
     */
    public Step withBound(int bound) {
        return with(f -> f.bound = bound);
    }

    /**
     * A closed step that warms a service started seconds before: its window opens once the throughput stopped rising and
     * the server's JIT is quiet ({@link SteadyState#steady}), or at the cap of its wait for a quiet JIT.
     */
    public Step settling() {
        return with(f -> f.settles = true);
    }

    /**
     * This step warms {@code times} as long as the profile's other steps: the first of a kind of load, whose paths the
     * server and the load generator compile in its warm-up (the first refusals, a new connection for most requests).
     */
    public Step withWarmTimes(int times) {
        return with(f -> f.warmTimes = times);
    }

    /**
     * A closed step that compiles a service started seconds before, not one that measures it: it runs its warm-up and
     * window and no longer (it keeps the JIT busy: a wait for a quiet one would last its cap), and half its requests go
     * on a new connection each ({@code Connection: close}), so that opening and closing one is compiled too, on both
     * sides, as the steps after it, with thousands of connections opened and closed, need.
     */
    public Step compiling() {
        return with(f -> f.compiles = true);
    }

    /** Little's law: with every user always waiting {@code waitMs}, throughput cannot exceed users ÷ wait. */
    public static double littleBound(int users, double waitMs) {
        return users / (waitMs / 1000.0);
    }

    /** A user id spread over the whole data set, so no cache can make one id look fast. */
    public static int anyUserId() {
        return ThreadLocalRandom.current().nextInt(1, 1_000_001);
    }

    /** A step with nothing set but its label and request: the factories start from it. */
    private static Step blank(String label, Function<Session, String> path) {
        return new Step(label, null, null, null, null, null, false, false, false, null, null, false, 1, false, path);
    }

    /** This step with one change: the one place a step is copied, so that a new component is added in one place. */
    private Step with(Consumer<Fields> change) {
        Fields fields = new Fields(this);
        change.accept(fields);
        return fields.step();
    }

    /** A step's components, to change and build again ({@link #with}). */
    private static final class Fields {
        private final String label;
        private Integer users;
        private Double rate;
        private Integer delayMs;
        private Integer n;
        private Double idealRps;
        private boolean probe;
        private boolean memoryBefore;
        private boolean liveHeap;
        private Integer paceMs;
        private Integer bound;
        private boolean settles;
        private int warmTimes;
        private boolean compiles;
        private final Function<Session, String> path;

        private Fields(Step step) {
            label = step.label;
            users = step.users;
            rate = step.rate;
            delayMs = step.delayMs;
            n = step.n;
            idealRps = step.idealRps;
            probe = step.probe;
            memoryBefore = step.memoryBefore;
            liveHeap = step.liveHeap;
            paceMs = step.paceMs;
            bound = step.bound;
            settles = step.settles;
            warmTimes = step.warmTimes;
            compiles = step.compiles;
            path = step.path;
        }

        private Step step() {
            return new Step(label, users, rate, delayMs, n, idealRps, probe, memoryBefore, liveHeap, paceMs, bound, settles,
                    warmTimes, compiles, path);
        }
    }
}
