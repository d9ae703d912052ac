package dev.jvmwait.domain;

import static dev.jvmwait.domain.ParamsTest.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;

class NewPostTest {

    @Test
    void readsTheThreeFieldsAndIgnoresOthers() {
        assertEquals(new NewPost(3, "Title", ""),
                NewPost.fromJson(Map.of("userId", 3, "title", "Title", "body", "", "tags", List.of())));
    }

    @ParameterizedTest
    @MethodSource
    void userIdMayComeAsAnyWholeNumberType(Number userId) {
        assertEquals(3, NewPost.fromJson(Map.of("userId", userId, "title", "t", "body", "b")).userId());
    }

    static Stream<Number> userIdMayComeAsAnyWholeNumberType() {
        return Stream.of(3, 3L, (short) 3, (byte) 3);
    }

    @ParameterizedTest
    @NullSource
    @MethodSource
    void rejectsADocumentThatIsNotAnObject(Object document) {
        assertRejected(400, Messages.bodyNotAnObject(), () -> NewPost.fromJson(document));
    }

    static Stream<Object> rejectsADocumentThatIsNotAnObject() {
        return Stream.of(List.of(), "a post");
    }

    @ParameterizedTest
    @MethodSource
    void rejectsMissingAndWronglyTypedFields(Map<String, Object> document, String detail) {
        assertRejected(400, detail, () -> NewPost.fromJson(document));
    }

    static Stream<Arguments> rejectsMissingAndWronglyTypedFields() {
        return Stream.of(
                arguments(fields("title", "t", "body", "b"), Messages.fieldMissing("userId")),
                arguments(fields("userId", 1.0, "title", "t", "body", "b"), Messages.fieldNotAWholeNumber("userId")),
                arguments(fields("userId", true, "title", "t", "body", "b"), Messages.fieldNotAWholeNumber("userId")),
                arguments(fields("userId", 1, "title", null, "body", "b"), Messages.fieldNotAString("title")));
    }

    @ParameterizedTest
    @MethodSource
    void rejectsValuesOutOfRange(Map<String, Object> document, String detail) {
        assertRejected(400, detail, () -> NewPost.fromJson(document));
    }

    static Stream<Arguments> rejectsValuesOutOfRange() {
        return Stream.of(
                arguments(fields("userId", new BigInteger("1".repeat(30)), "title", "t", "body", "b"), Messages.postUserIdOutOfRange(Long.MAX_VALUE)),
                arguments(fields("userId", 1, "title", "x".repeat(201), "body", "b"), Messages.titleLength(201)),
                arguments(fields("userId", 1, "title", "t", "body", "x".repeat(10_001)), Messages.bodyLength(10_001)));
    }

    @Test
    void countsCharactersNotUtf16Units() {
        String twoHundredEmoji = "😀".repeat(200);
        assertEquals(twoHundredEmoji, NewPost.fromJson(Map.of("userId", 1, "title", twoHundredEmoji, "body", "")).title());
    }

    /** A JSON object as a JSON library reads it, where a field may be null. */
    private static Map<String, Object> fields(Object... namesAndValues) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return fields;
    }
}
