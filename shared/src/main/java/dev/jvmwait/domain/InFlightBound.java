package dev.jvmwait.domain;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The bound on requests in flight ({@code MAX_IN_FLIGHT}, API.md "The in-flight bound"): a request that arrives while
 * {@code max} are in flight is refused at once, before its handler, so that the ones accepted are still served in
 * time. Each stack calls {@link #tryEnter()} where a request arrives and {@link #exit()} once its answer is written (or
 * its connection is gone); no framework here, and no lock: a refusal costs one compare-and-set.
 */
public final class InFlightBound {

    /** What a refused caller is told to wait before it tries again, in seconds ({@code Retry-After}). */
    public static final int RETRY_AFTER_S = 1;

    private final int max;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();

    public InFlightBound(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("MAX_IN_FLIGHT must be a whole number ≥ 1, not " + max);
        }
        this.max = max;
    }

    /** {@code MAX_IN_FLIGHT} from this environment: empty if unset (each framework's own behaviour). */
    public static Optional<InFlightBound> of(Map<String, String> environment) {
        String value = environment.get("MAX_IN_FLIGHT");
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new InFlightBound(Integer.parseInt(value.trim())));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("MAX_IN_FLIGHT must be a whole number ≥ 1, not " + value);
        }
    }

    /** Takes a place if fewer than {@code max} are in flight; {@code false}: refuse the request (and do not call {@link #exit()}). */
    public boolean tryEnter() {
        while (true) {
            int now = inFlight.get();
            if (now >= max) {
                refused.incrementAndGet();
                return false;
            }
            if (inFlight.compareAndSet(now, now + 1)) {
                return true;
            }
        }
    }

    /** Gives back the place {@link #tryEnter()} took: exactly once per accepted request. */
    public void exit() {
        inFlight.decrementAndGet();
    }

    public int max() {
        return max;
    }

    public int inFlight() {
        return inFlight.get();
    }

    /** Requests refused since the service started. */
    public int refused() {
        return refused.get();
    }

    /** The answer to a refused request: 503, the same words on every target. */
    public Problem refusal(String path) {
        return Problem.of(503, Messages.overloaded(max), path);
    }

    /** What {@code /internal/settings} shows: the bound, and its state now. */
    public String describe() {
        return max + " requests (" + inFlight() + " in flight now, " + refused() + " refused since start)";
    }
}
