package dev.jvmwait.load;

import dev.jvmwait.results.WarmUpRule;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Warms a target until its throughput stops rising, by {@link WarmUpRule}: once each user has had an answer
 * (as many answers as users), counts the answers per window,
 * and stops once each of the last few windows rose less than a few percent above the best window before
 * it, or at the cap. Thread-safe: the virtual users ask {@link #running()} before each request.
 */
public final class SteadyState {

    private static final long WINDOW_MS = WarmUpRule.WINDOW_MS;
    private static final double RISE = WarmUpRule.RISE;
    private static final int QUIET_WINDOWS = WarmUpRule.QUIET_WINDOWS;

    private final long capMs;
    private final int users;
    private final AtomicLong answers = new AtomicLong();
    private final List<Double> windowsRps = new ArrayList<>();
    private volatile long beginNs = -1;
    private volatile long windowsFromNs = -1;
    private volatile long nextWindowNs;
    private volatile boolean done;
    private boolean steady;
    private long elapsedMs;

    /**
     * A warm-up of at most {@code capS} seconds with {@code users} users. Its windows start once as many answers
     * have come back as there are users (each connection opened, one round trip each on average): before that,
     * a window counts how fast the users connect, not how fast the target serves.
     */
    public SteadyState(double capS, int users) {
        this.capMs = Math.round(capS * 1000);
        this.users = users;
    }

    /** Whether the rps of these consecutive windows stopped rising: the last {@code QUIET_WINDOWS} each within {@code RISE} of the best before it. */
    static boolean stoppedRising(List<Double> rps) {
        if (rps.size() < QUIET_WINDOWS + 1) {
            return false;
        }
        for (int i = rps.size() - QUIET_WINDOWS; i < rps.size(); i++) {
            double bestBefore = rps.subList(0, i).stream().mapToDouble(Double::doubleValue).max().orElse(0);
            if (rps.get(i) > bestBefore * (1 + RISE)) {
                return false;
            }
        }
        return true;
    }

    /** Starts the warm-up's clock (for the cap and the time reported) on the first call. */
    public void startOnce() {
        if (beginNs < 0) {
            synchronized (this) {
                if (beginNs < 0) {
                    beginNs = System.nanoTime();
                }
            }
        }
    }

    public void answered() {
        long count = answers.incrementAndGet();
        if (windowsFromNs < 0 && count >= users) {
            synchronized (this) {
                if (windowsFromNs < 0) {
                    answers.set(0);
                    windowsFromNs = System.nanoTime();
                    nextWindowNs = windowsFromNs + WINDOW_MS * 1_000_000;
                }
            }
        }
    }

    /** Whether the users should send another request: closes a window when its time is up, and decides. */
    public boolean running() {
        if (done) {
            return false;
        }
        long now = System.nanoTime();
        if (beginNs >= 0 && (now - beginNs) / 1_000_000 >= capMs) {
            synchronized (this) {
                if (!done) {
                    elapsedMs = (now - beginNs) / 1_000_000;
                    done = true;
                }
            }
        } else if (windowsFromNs >= 0 && now >= nextWindowNs) {
            synchronized (this) {
                if (!done && now >= nextWindowNs) {
                    windowsRps.add(answers.getAndSet(0) * 1000.0 / WINDOW_MS);
                    nextWindowNs += WINDOW_MS * 1_000_000;
                    elapsedMs = (now - beginNs) / 1_000_000;
                    steady = stoppedRising(windowsRps);
                    done = steady || elapsedMs + WINDOW_MS > capMs;
                }
            }
        }
        return !done;
    }

    /** What the warm-up found: how long it ran, whether it reached a steady state (else the cap stopped it), and each window's rps. */
    public synchronized Result result() {
        return new Result(elapsedMs / 1000.0, steady, List.copyOf(windowsRps));
    }

    public record Result(double seconds, boolean steady, List<Double> windowsRps) {
    }
}
