package dev.jvmwait.domain;

import static dev.jvmwait.domain.ParamsTest.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NewPostTest {

    @Test
    void readsTheThreeFieldsAndIgnoresOthers() {
        assertEquals(new NewPost(3, "Title", ""),
                NewPost.fromJson(Map.of("userId", 3, "title", "Title", "body", "", "tags", List.of())));
        assertEquals(3, NewPost.fromJson(Map.of("userId", 3L, "title", "t", "body", "b")).userId());
    }

    @Test
    void rejectsADocumentThatIsNotAnObject() {
        assertRejected(400, Messages.bodyNotAnObject(), () -> NewPost.fromJson(List.of()));
        assertRejected(400, Messages.bodyNotAnObject(), () -> NewPost.fromJson(null));
    }

    @Test
    void rejectsMissingAndWronglyTypedFields() {
        assertRejected(400, Messages.fieldMissing("userId"), () -> NewPost.fromJson(Map.of("title", "t", "body", "b")));
        assertRejected(400, Messages.fieldNotAWholeNumber("userId"), () -> NewPost.fromJson(Map.of("userId", 1.0, "title", "t", "body", "b")));
        assertRejected(400, Messages.fieldNotAWholeNumber("userId"), () -> NewPost.fromJson(Map.of("userId", true, "title", "t", "body", "b")));
        Map<String, Object> nullTitle = new HashMap<>(Map.of("userId", 1, "body", "b"));
        nullTitle.put("title", null);
        assertRejected(400, Messages.fieldNotAString("title"), () -> NewPost.fromJson(nullTitle));
    }

    @Test
    void rejectsValuesOutOfRange() {
        assertRejected(400, Messages.postUserIdOutOfRange(Long.MAX_VALUE),
                () -> NewPost.fromJson(Map.of("userId", new BigInteger("1".repeat(30)), "title", "t", "body", "b")));
        assertRejected(400, Messages.titleLength(201), () -> NewPost.fromJson(Map.of("userId", 1, "title", "x".repeat(201), "body", "b")));
        assertRejected(400, Messages.bodyLength(10_001), () -> NewPost.fromJson(Map.of("userId", 1, "title", "t", "body", "x".repeat(10_001))));
    }

    @Test
    void countsCharactersNotUtf16Units() {
        String twoHundredEmoji = "😀".repeat(200);
        assertEquals(twoHundredEmoji, NewPost.fromJson(Map.of("userId", 1, "title", twoHundredEmoji, "body", "")).title());
    }
}
