package dev.jvmwait.load;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The time line of one step and what it measured: its first user starts the clock; requests sent during
 * the first {@code warm} are named {@code warmup <step>}, those of the next {@code measure} {@code main
 * <step>}, later ones {@code drain <step>}; every answer's response time is recorded under its request's name.
 */
final class StepClock {

    private final Step step;
    private final long warmMs;
    private final long measureMs;
    private final AtomicLong start = new AtomicLong();
    private final Map<String, RequestTimes> times = new ConcurrentHashMap<>();
    private volatile Boolean pastLimit;

    StepClock(Step step, long warmMs, long measureMs) {
        this.step = step;
        this.warmMs = warmMs;
        this.measureMs = measureMs;
    }

    Step step() {
        return step;
    }

    /** Starts the clock if this is the step's first user. */
    void startOnce() {
        start.compareAndSet(0, System.currentTimeMillis());
    }

    /** Whether the closed model's users should send another request. */
    boolean running() {
        return System.currentTimeMillis() < start.get() + warmMs + measureMs;
    }

    boolean measuring() {
        long now = System.currentTimeMillis();
        return now >= start.get() + warmMs && now < start.get() + warmMs + measureMs;
    }

    /** The name of a request sent now: only {@code main <step>} requests are measured. */
    String requestName() {
        long now = System.currentTimeMillis();
        if (now < start.get() + warmMs) {
            return "warmup " + step.label();
        }
        return now < start.get() + warmMs + measureMs ? "main " + step.label() : "drain " + step.label();
    }

    /** One answer (or failure) of a request of this name. */
    void record(String requestName, long millis, boolean failed) {
        times.computeIfAbsent(requestName, name -> new RequestTimes()).record(millis, failed);
    }

    /** What the requests of this name recorded so far. */
    Latencies latencies(String requestName) {
        RequestTimes recorded = times.get(requestName);
        return recorded == null ? Latencies.NONE : recorded.latencies();
    }

    /**
     * Whether a measured request failed or the measured p99 exceeded {@code limitMs}: decided once, when first
     * asked, which the open model does when the next step starts, so once this one is over.
     */
    boolean pastLimit(double limitMs) {
        Boolean known = pastLimit;
        if (known == null) {
            Latencies main = latencies("main " + step.label());
            known = main.ko() > 0 || main.p99Ms() > limitMs;
            pastLimit = known;
        }
        return known;
    }

    /** The step as it ran, with every request name's response times; null if it never started. */
    StepRecord record() {
        long startMs = start.get();
        if (startMs == 0) {
            return null;
        }
        Map<String, Latencies> requests = new TreeMap<>();
        times.forEach((name, recorded) -> requests.put(name, recorded.latencies()));
        return new StepRecord(step.label(), step.users(), step.rate(), step.delayMs(), step.n(), step.idealRps(),
                step.probe(), startMs, startMs + warmMs, startMs + warmMs + measureMs, requests);
    }
}
