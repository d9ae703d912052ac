package dev.jvmwait.load;

import io.gatling.javaapi.core.Session;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * One measured level of a scenario: its label (a row's {@code step}), its load (concurrent users for the
 * closed model, arrivals per second for the open one), the request it sends, and what the row reports
 * beside them: the wait and the work each request asks for, the bound Little's law gives, and whether
 * the probe runs beside it. Built by name: {@code Step.closed("1", 200, path).withDelayMs(100)}.
 */
public record Step(String label, Integer users, Double rate, Integer delayMs, Integer n, Double idealRps,
                   boolean probe, Function<Session, String> path) {

    /** A closed-model step: {@code users} loop back-to-back on {@code path}. */
    public static Step closed(String label, int users, Function<Session, String> path) {
        return new Step(label, users, null, null, null, null, false, path);
    }

    /** An open-model step: {@code rate} new requests a second, whatever the answers' pace. */
    public static Step open(String label, double rate, Function<Session, String> path) {
        return new Step(label, null, rate, null, null, null, false, path);
    }

    /** One step per level of a ladder, labelled 1, 2, … in order. */
    public static List<Step> ladder(List<Integer> levels, BiFunction<String, Integer, Step> step) {
        return IntStream.range(0, levels.size()).mapToObj(i -> step.apply(Integer.toString(i + 1), levels.get(i))).toList();
    }

    /** The simulated I/O wait each request asks for. */
    public Step withDelayMs(int delayMs) {
        return new Step(label, users, rate, delayMs, n, idealRps, probe, path);
    }

    /** The fibonacci each request computes. */
    public Step withN(int n) {
        return new Step(label, users, rate, delayMs, n, idealRps, probe, path);
    }

    /** The most this step can serve, for its efficiency (see {@link #littleBound}). */
    public Step withIdealRps(double idealRps) {
        return new Step(label, users, rate, delayMs, n, idealRps, probe, path);
    }

    /** The probe runs beside this step: cheap requests whose latency shows whether the load holds up the rest. */
    public Step withProbe() {
        return new Step(label, users, rate, delayMs, n, idealRps, true, path);
    }

    /** Little's law: with every user always waiting {@code waitMs}, throughput cannot exceed users ÷ wait. */
    public static double littleBound(int users, double waitMs) {
        return users / (waitMs / 1000.0);
    }

    /** A user id spread over the whole data set, so no cache can make one id look fast. */
    public static int anyUserId() {
        return ThreadLocalRandom.current().nextInt(1, 1_000_001);
    }
}
