package dev.jvmwait.domain;

import java.math.BigInteger;
import java.util.Map;

/** The body of {@code POST /api/posts}, checked field by field. */
public record NewPost(long userId, String title, String body) {

    public static final int MAX_TITLE_LENGTH = 200;
    public static final int MAX_BODY_LENGTH = 10_000;
    public static final int MAX_REQUEST_BYTES = 64 * 1024;

    /**
     * Checks a JSON document as the service's own JSON library read it into plain Java values
     * (maps, lists, strings, numbers, booleans, null) and turns it into a post, or a 400 that says
     * which field is wrong. Fields the API does not know are ignored.
     */
    public static NewPost fromJson(Object document) {
        if (!(document instanceof Map<?, ?> fields)) {
            throw ApiException.badRequest(Messages.bodyNotAnObject());
        }
        long userId = wholeNumber(fields, "userId");
        if (userId < 1 || userId > UserDirectory.MAX_USER_ID) {
            throw ApiException.badRequest(Messages.postUserIdOutOfRange(userId));
        }
        String title = text(fields, "title");
        int titleLength = title.codePointCount(0, title.length());
        if (titleLength < 1 || titleLength > MAX_TITLE_LENGTH) {
            throw ApiException.badRequest(Messages.titleLength(titleLength));
        }
        String body = text(fields, "body");
        int bodyLength = body.codePointCount(0, body.length());
        if (bodyLength > MAX_BODY_LENGTH) {
            throw ApiException.badRequest(Messages.bodyLength(bodyLength));
        }
        return new NewPost(userId, title, body);
    }

    private static long wholeNumber(Map<?, ?> fields, String name) {
        Object value = present(fields, name);
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof BigInteger big) {
            // Far out of range either way; keep the sign so the message says so.
            return big.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        throw ApiException.badRequest(Messages.fieldNotAWholeNumber(name));
    }

    private static String text(Map<?, ?> fields, String name) {
        if (present(fields, name) instanceof String value) {
            return value;
        }
        throw ApiException.badRequest(Messages.fieldNotAString(name));
    }

    private static Object present(Map<?, ?> fields, String name) {
        if (!fields.containsKey(name)) {
            throw ApiException.badRequest(Messages.fieldMissing(name));
        }
        return fields.get(name);
    }
}
