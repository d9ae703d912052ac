package dev.jvmwait.domain;

/** An RFC 9457 problem detail, the body of every 4xx and 5xx answer under {@code /api}. */
public record Problem(String type, String title, int status, String detail, String instance) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** A problem with no type of its own: {@code about:blank}, titled by its status. */
    public static Problem of(int status, String detail, String instance) {
        return new Problem("about:blank", title(status), status, detail, instance);
    }

    static String title(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 406 -> "Not Acceptable";
            case 413 -> "Content Too Large";
            case 415 -> "Unsupported Media Type";
            case 500 -> "Internal Server Error";
            case 503 -> "Service Unavailable";
            default -> status >= 500 ? "Server Error" : "Client Error";
        };
    }
}
