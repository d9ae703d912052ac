package dev.jvmwait.load;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Response times of one open-model step, in a 1 ms histogram, so the next step can decide whether the
 * service is already past its limit. Only that decision uses it: the reported numbers are Gatling's.
 */
final class LatencyTracker {

    private static final int MAX_MS = 60_000;

    private final AtomicLongArray counts = new AtomicLongArray(MAX_MS + 1);
    private final AtomicBoolean failed = new AtomicBoolean();
    private volatile Boolean verdict;

    void record(int millis, boolean ko) {
        counts.incrementAndGet(Math.min(Math.max(millis, 0), MAX_MS));
        if (ko) {
            failed.set(true);
        }
    }

    /** Whether the step had errors or a p99 above {@code limitMs}; decided once, when first asked. */
    boolean exceeded(double limitMs) {
        Boolean known = verdict;
        if (known == null) {
            known = failed.get() || p99() > limitMs;
            verdict = known;
        }
        return known;
    }

    private int p99() {
        long total = 0;
        for (int i = 0; i <= MAX_MS; i++) {
            total += counts.get(i);
        }
        long rank = (long) Math.ceil(total * 0.99);
        long seen = 0;
        for (int i = 0; i <= MAX_MS; i++) {
            seen += counts.get(i);
            if (seen >= rank && total > 0) {
                return i;
            }
        }
        return 0;
    }
}
