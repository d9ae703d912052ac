package dev.jvmwait.reactive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jvmwait.contract.ApiClient;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which thread runs what: handlers on the event loop or a virtual thread, as API.md says. */
@QuarkusTest
class ThreadsTest {

    @TestHTTPResource("/")
    URL root;

    @Test
    void reactiveHandlersRunOnAnEventLoopThread() {
        Map<String, Object> thread = get("", "/api/thread");
        assertEquals(true, thread.get("eventLoop"));
        assertEquals(false, thread.get("virtual"));
        assertTrue(((String) thread.get("name")).startsWith("vert.x-eventloop-thread-"), thread::toString);
    }

    @Test
    void suspendHandlersRunOnAnEventLoopThread() {
        Map<String, Object> thread = get("/kotlin", "/api/thread");
        assertEquals(true, thread.get("eventLoop"));
        assertEquals(false, thread.get("virtual"));
        assertTrue(((String) thread.get("name")).startsWith("vert.x-eventloop-thread-"), thread::toString);
    }

    @Test
    void virtualHandlersRunOnAVirtualThread() {
        Map<String, Object> thread = get("/virtual", "/api/thread");
        assertEquals(false, thread.get("eventLoop"));
        assertEquals(true, thread.get("virtual"));
    }

    @Test
    void settingsAreReadFromTheRunningService() {
        Map<String, Object> settings = get("", "/internal/settings");
        assertTrue((Long) settings.get("Vert.x event loops") >= 1, settings::toString);
        assertTrue((Long) settings.get("worker pool max threads") >= 1, settings::toString);
        assertEquals("true", settings.get("/virtual/api handlers on virtual threads"));
        assertEquals(65536L, settings.get("max POST /api/posts body bytes"));
        assertTrue(((String) settings.get("framework")).matches("Quarkus \\d+\\.\\d+.*"), settings::toString);
    }

    private Map<String, Object> get(String prefix, String path) {
        ApiClient.Response response = new ApiClient(root.toString().replaceAll("/$", "") + prefix).get(path);
        assertEquals(200, response.status(), response::toString);
        return response.json();
    }
}
