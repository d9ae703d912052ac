package dev.jvmwait.load;

import io.gatling.javaapi.core.Session;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

/**
 * One measured level of a scenario: its label (a row's {@code step}), its load (concurrent users for the
 * closed model, arrivals per second for the open one), the request it sends, and the bound Little's law
 * gives, if any.
 */
public record Step(String label, Integer users, Double rate, Integer delayMs, Integer n, Double idealRps,
                   boolean probe, Function<Session, String> path) {

    /** A closed-model step: {@code users} loop back-to-back on {@code path}. */
    public static Step closed(String label, int users, Integer delayMs, Integer n, Double idealRps, boolean probe,
                              Function<Session, String> path) {
        return new Step(label, users, null, delayMs, n, idealRps, probe, path);
    }

    /** An open-model step: {@code rate} new requests a second, whatever the answers' pace. */
    public static Step open(String label, double rate, Integer delayMs, Function<Session, String> path) {
        return new Step(label, null, rate, delayMs, null, null, false, path);
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
