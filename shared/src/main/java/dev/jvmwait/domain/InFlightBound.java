package dev.jvmwait.domain;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The bound on requests in flight ({@code MAX_IN_FLIGHT}, API.md "The in-flight bound"): a request that arrives while
 * {@code max} are in flight is refused at once, before its handler, so that the ones accepted are still served in
 * time. Each stack calls {@link #tryEnter()} where a request arrives and {@link #exit()} once its answer is written (or
 * its connection is gone); no framework here, and no lock: a request costs one compare-and-set.
 *
 * <p>Without a bound ({@code MAX_IN_FLIGHT} unset) nothing is refused, but the requests in flight are still counted, so
 * that a bound set while the service runs ({@link #set}: {@code PUT /internal/max-in-flight}, how the harness measures
 * the same warm process with and without it) starts from the true count.
 */
public final class InFlightBound {

    /** What a refused caller is told to wait before it tries again, in seconds ({@code Retry-After}). */
    public static final int RETRY_AFTER_S = 1;

    /** No bound: each framework's own behaviour. */
    private static final int NONE = 0;

    private volatile int max;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();

    private InFlightBound(int max) {
        this.max = max;
    }

    /** {@code MAX_IN_FLIGHT} from this environment: unset or blank, no bound. */
    public static InFlightBound of(Map<String, String> environment) {
        String value = environment.get("MAX_IN_FLIGHT");
        return new InFlightBound(value == null || value.isBlank() ? NONE : parse(value));
    }

    /**
     * A bound as {@code MAX_IN_FLIGHT} or {@code PUT /internal/max-in-flight} gives it: a whole number ≥ 1, or
     * {@code none}, 0 here.
     */
    public static int parse(String value) {
        if (value == null) {
            throw new IllegalArgumentException(Messages.badBound("nothing"));
        }
        String trimmed = value.trim();
        if (trimmed.equalsIgnoreCase("none")) {
            return NONE;
        }
        try {
            int max = Integer.parseInt(trimmed);
            if (max >= 1) {
                return max;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException(Messages.badBound(value));
    }

    /** Sets the bound ({@link #parse}: 0 removes it); the requests in flight keep their places. */
    public void set(int max) {
        if (max < 0) {
            throw new IllegalArgumentException(Messages.badBound(Integer.toString(max)));
        }
        this.max = max;
    }

    /**
     * Sets the bound as a request gives it ({@code PUT /internal/max-in-flight}: {@link #parse}'s words); anything else
     * is the caller's 400.
     */
    public void set(String requested) {
        try {
            set(parse(requested));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    /** Takes a place unless the bound's number are in flight; {@code false}: refuse the request (and do not call {@link #exit()}). */
    public boolean tryEnter() {
        while (true) {
            int now = inFlight.get();
            int bound = max;
            if (bound != NONE && now >= bound) {
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

    /** The bound; 0: none. */
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

    /**
     * What {@code /internal/settings} shows: the bound and its state now, or, without one, the framework's own behaviour
     * (the report's settings table, the same for every run).
     */
    public String describe(String withoutBound) {
        int bound = max;
        return bound == NONE ? withoutBound
                : bound + " requests (" + inFlight() + " in flight now, " + refused() + " refused since start)";
    }
}
