package dev.jvmwait.domain;

/**
 * Every {@code detail} text an error can carry. Kept in one place so that every target says the
 * very same words, and so that none of them ever leaks a class name or a framework's phrasing.
 */
public final class Messages {

    private static final int ECHO_LIMIT = 40;

    private Messages() {
    }

    public static String notAWholeNumber(String parameter, String raw) {
        return parameter + " must be a whole number, got " + echo(raw);
    }

    public static String userIdTooSmall(long id) {
        return "id must be 1 or more, got " + id;
    }

    public static String noSuchUser(String raw) {
        return "no user with id " + raw + ": users exist for ids 1 to " + UserDirectory.MAX_USER_ID;
    }

    public static String postIdTooSmall(long id) {
        return "id must be 1 or more, got " + id;
    }

    public static String noSuchPost(long id) {
        return "no post with id " + id;
    }

    public static String delayOutOfRange(String raw) {
        return "delayMs must be a whole number from 0 to " + Params.MAX_DELAY_MS + ", got " + echo(raw);
    }

    public static String fibonacciOutOfRange(String raw) {
        return "n must be a whole number from 0 to " + Fibonacci.MAX_N + ", got " + echo(raw);
    }

    public static String modeInvalid(String raw) {
        return "mode must be concurrent or sequential, got " + echo(raw);
    }

    public static String bodyNotJson() {
        return "the request body is not valid JSON";
    }

    public static String bodyNotAnObject() {
        return "the request body must be a JSON object with userId, title and body";
    }

    public static String fieldMissing(String field) {
        return field + " is required";
    }

    public static String fieldNotAWholeNumber(String field) {
        return field + " must be a whole number";
    }

    public static String fieldNotAString(String field) {
        return field + " must be a string";
    }

    public static String postUserIdOutOfRange(long userId) {
        return "userId must be from 1 to " + UserDirectory.MAX_USER_ID + ", got " + userId;
    }

    public static String titleLength(int length) {
        return "title must be 1 to " + NewPost.MAX_TITLE_LENGTH + " characters long, got " + length;
    }

    public static String bodyLength(int length) {
        return "body must be at most " + NewPost.MAX_BODY_LENGTH + " characters long, got " + length;
    }

    public static String bodyTooLarge() {
        return "the request body is larger than " + NewPost.MAX_REQUEST_BYTES + " bytes";
    }

    public static String unsupportedMediaType(String contentType) {
        return "the request body must be sent as application/json, got "
                + (contentType == null || contentType.isBlank() ? "no Content-Type" : echo(contentType));
    }

    public static String noEndpoint(String path) {
        return "there is no endpoint at " + echo(path);
    }

    public static String methodNotAllowed(String method, String path) {
        return echo(method) + " is not supported on " + echo(path);
    }

    public static String notAcceptable() {
        return "the answer is application/json; send an Accept header that allows it";
    }

    public static String backendUnavailable(String backend) {
        return backend + " is unavailable: try again later";
    }

    public static String badBound(String value) {
        return "MAX_IN_FLIGHT must be a whole number ≥ 1, or none, not " + value;
    }

    public static String overloaded(int maxInFlight) {
        return "the service is at its bound of " + maxInFlight + " requests in flight: try again in a second";
    }

    public static String shuttingDown() {
        return "the service is shutting down: try another instance, or again in a second";
    }

    public static String interrupted() {
        return "the request was interrupted while it waited: the service is shutting down";
    }

    public static String internalError() {
        return "the service failed to answer this request; the failure is in its log";
    }

    /** Quotes a caller's value back to them, cut short so an error never grows with the input. */
    static String echo(String raw) {
        if (raw == null) {
            return "nothing";
        }
        String shown = raw.length() > ECHO_LIMIT ? raw.substring(0, ECHO_LIMIT) + "…" : raw;
        return "'" + shown + "'";
    }
}
