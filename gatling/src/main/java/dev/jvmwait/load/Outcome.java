package dev.jvmwait.load;

/**
 * What became of a request, in a step that sorts its answers: a success (2xx), a refusal (503 with {@code Retry-After},
 * what a bound on work in flight answers), another answer (5xx, a 503 without {@code Retry-After}, 4xx), a timeout (no
 * answer within the load generator's request timeout), or a connection error (no answer, sooner: refused, reset,
 * closed). The failures' names are the suffixes of their request names: {@code overload main-refused 4x}.
 */
public enum Outcome {
    OK, REFUSED, OTHER, TIMEOUT, CONNECTION;

    /** Gatling's timer fires this close to the timeout, or a little after: a failure this late was the timeout. */
    private static final long TIMEOUT_SLACK_MS = 100;

    /** {@code timeoutMs}: the request's timeout ({@link Scenario#requestTimeoutMs}). */
    static Outcome of(Integer status, boolean retryAfter, long millis, long timeoutMs) {
        if (status != null) {
            if (status >= 200 && status < 300) {
                return OK;
            }
            return status == 503 && retryAfter ? REFUSED : OTHER;
        }
        return millis >= timeoutMs - TIMEOUT_SLACK_MS ? TIMEOUT : CONNECTION;
    }

    /** The suffix of a failed request's kind ({@code main-timeout}); empty for a success. */
    public String suffix() {
        return this == OK ? "" : "-" + name().toLowerCase(java.util.Locale.ROOT);
    }
}
