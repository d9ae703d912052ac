package dev.jvmwait.domain;

/** A request the API answers with a 4xx or 5xx problem: the status and the words for the caller. */
public final class ApiException extends RuntimeException {

    private final int status;

    public ApiException(int status, String detail) {
        // No stack trace: this is an answer to the caller, not a fault to debug.
        super(detail, null, false, false);
        this.status = status;
    }

    public static ApiException badRequest(String detail) {
        return new ApiException(400, detail);
    }

    public static ApiException notFound(String detail) {
        return new ApiException(404, detail);
    }

    public int status() {
        return status;
    }

    public String detail() {
        return getMessage();
    }

    public Problem toProblem(String instance) {
        return Problem.of(status, detail(), instance);
    }
}
