package dev.jvmwait.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void readsNestedDocuments() {
        assertEquals(Map.of("a", List.of(1L, new BigDecimal("2.5"), "x\"y"), "b", Map.of("c", true)),
                Json.parse(" {\"a\": [1, 2.5, \"x\\\"y\"], \"b\": {\"c\": true}} "));
        assertEquals(Arrays.asList(null, false, "é"), Json.parse("[null, false, \"\\u00e9\"]"));
    }

    @Test
    void rejectsWhatIsNotJson() {
        assertThrows(IllegalArgumentException.class, () -> Json.parse("{\"a\": 1"));
        assertThrows(IllegalArgumentException.class, () -> Json.parse("{} x"));
        assertThrows(IllegalArgumentException.class, () -> Json.parse("<html>"));
    }

    @Test
    void quotesWhatItWrites() {
        assertEquals("line\n\"two\"", Json.parse(Json.quote("line\n\"two\"")));
    }
}
