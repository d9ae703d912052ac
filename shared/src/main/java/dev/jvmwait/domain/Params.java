package dev.jvmwait.domain;

import java.time.Duration;
import java.util.regex.Pattern;

/**
 * Reads the raw path and query parameters. Handlers take them as text and call these, so that a
 * bad value gets the same status and words on every target, whatever the framework would say.
 */
public final class Params {

    public static final String DELAY = "delayMs";
    public static final long DEFAULT_DELAY_MS = 100;
    public static final long MAX_DELAY_MS = 10_000;

    private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?\\d{1,40}");

    private Params() {
    }

    /** A user id: 400 unless a whole number of at least 1, 404 past the last user. */
    public static long userId(String raw) {
        long id = wholeNumber("id", raw);
        if (id < 1) {
            throw ApiException.badRequest(Messages.userIdTooSmall(id));
        }
        if (id > UserDirectory.MAX_USER_ID) {
            throw ApiException.notFound(Messages.noSuchUser(raw));
        }
        return id;
    }

    /** A post id: 400 unless a whole number of at least 1 (whether it is stored is the store's answer). */
    public static long postId(String raw) {
        long id = wholeNumber("id", raw);
        if (id < 1) {
            throw ApiException.badRequest(Messages.postIdTooSmall(id));
        }
        return id;
    }

    /** The simulated wait: {@value #DEFAULT_DELAY_MS} ms when absent (or empty), 0..{@value #MAX_DELAY_MS} otherwise. */
    public static Duration delay(String raw) {
        if (absent(raw)) {
            return Duration.ofMillis(DEFAULT_DELAY_MS);
        }
        long millis = wholeNumber(DELAY, raw);
        if (millis < 0 || millis > MAX_DELAY_MS) {
            throw ApiException.badRequest(Messages.delayOutOfRange(raw));
        }
        return Duration.ofMillis(millis);
    }

    /** The fibonacci argument of the path, 0..{@value Fibonacci#MAX_N}. */
    public static int fibonacciN(String raw) {
        long n = wholeNumber("n", raw);
        if (n < 0 || n > Fibonacci.MAX_N) {
            throw ApiException.badRequest(Messages.fibonacciOutOfRange(raw));
        }
        return (int) n;
    }

    /** The optional fibonacci argument of {@code /api/mixed}: {@value Fibonacci#DEFAULT_MIXED_N} when absent (or empty). */
    public static int fibonacciN(String raw, int whenAbsent) {
        return absent(raw) ? whenAbsent : fibonacciN(raw);
    }

    /**
     * A query parameter with no value ({@code ?delayMs=}) counts as absent, as it does for most
     * frameworks' typed parameters: its default applies. API.md v2 allows either; this is the choice.
     */
    public static boolean absent(String raw) {
        return raw == null || raw.isEmpty();
    }

    /** A whole number; one too large for a long reads as the largest (or smallest) long, so range checks still say "out of range". */
    private static long wholeNumber(String parameter, String raw) {
        if (raw == null || !WHOLE_NUMBER.matcher(raw).matches()) {
            throw ApiException.badRequest(Messages.notAWholeNumber(parameter, raw));
        }
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException tooLong) {
            return raw.startsWith("-") ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
    }
}
