package dev.jvmwait.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProblemTest {

    @Test
    void problemWithNoTypeOfItsOwnIsAboutBlank() {
        assertEquals(new Problem("about:blank", "Not Found", 404, "gone", "/api/x"), Problem.of(404, "gone", "/api/x"));
    }

    @ParameterizedTest
    @CsvSource({
            "400, Bad Request", "404, Not Found", "405, Method Not Allowed", "406, Not Acceptable",
            "413, Content Too Large", "415, Unsupported Media Type", "500, Internal Server Error",
            "503, Service Unavailable", "418, Client Error", "502, Server Error"})
    void isTitledByItsStatus(int status, String title) {
        assertEquals(title, Problem.of(status, "detail", "/api/x").title());
    }
}
