package dev.jvmwait.quarkus;

import static io.restassured.RestAssured.get;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which thread runs the handlers of each prefix, and what /internal/settings says about the threads. */
@QuarkusTest
class ThreadsTest {

    @ParameterizedTest
    @CsvSource({"/api, vert.x-eventloop-thread-", "/kotlin/api, vert.x-eventloop-thread-"})
    void eventLoopHandlersRunOnAVertxEventLoopThread(String prefix, String threadName) {
        get(prefix + "/thread").then().statusCode(200)
                .body("eventLoop", equalTo(true))
                .body("virtual", equalTo(false))
                .body("name", startsWith(threadName));
    }

    @Test
    void virtualHandlersRunOnAVirtualThread() {
        get("/virtual/api/thread").then().statusCode(200)
                .body("eventLoop", equalTo(false))
                .body("virtual", equalTo(true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api", "/kotlin/api", "/virtual/api"})
    void settingsNameTheCpuOffloadPoolOfEachPrefix(String prefix) {
        get("/internal/settings").then().statusCode(200)
                .body("'cpu offload for " + prefix + "'", matchesPattern("\\d+ platform threads \\(one per core\\), for CPU work only"));
    }

    @Test
    void settingsAreReadFromTheRunningService() {
        get("/internal/settings").then().statusCode(200)
                .body("'Vert.x event loops'", greaterThanOrEqualTo(1))
                .body("'/virtual/api handlers on virtual threads'", equalTo("true"))
                .body("'max request body bytes'", equalTo(65536))
                .body("'accept backlog'", equalTo(4096))
                .body("framework", matchesPattern("Quarkus \\d+\\.\\d+.*"));
    }
}
