package dev.jvmwait.mvc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jvmwait.contract.ApiClient;
import dev.jvmwait.contract.ApiClient.Response;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Thread per request, with a pool of four: the fifth request waits for a thread. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.tomcat.threads.max=4", "server.tomcat.threads.min-spare=4"})
class ThreadPerRequestTest {

    @LocalServerPort
    int port;

    @Test
    void handlersRunOnPooledPlatformThreads() {
        var thread = new ApiClient("http://127.0.0.1:" + port).get("/api/thread").json();
        assertEquals(false, thread.get("virtual"));
        assertEquals(false, thread.get("eventLoop"));
        assertTrue(((String) thread.get("name")).startsWith("http-nio-"), thread.toString());
    }

    @Test
    void eightRequestsOfTwoHundredMillisecondsOnFourThreadsTakeTwoRounds() {
        ApiClient api = new ApiClient("http://127.0.0.1:" + port);
        api.get("/api/users/1?delayMs=0");

        long start = System.nanoTime();
        List<Response> responses = IntStream.rangeClosed(1, 8)
                .mapToObj(id -> api.getAsync("/api/users/" + id + "?delayMs=200"))
                .toList().stream().map(CompletableFuture::join).toList();
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        responses.forEach(response -> assertEquals(200, response.status()));
        assertFalse(took.compareTo(Duration.ofMillis(400)) < 0,
                "four threads serve eight 200 ms waits in two rounds, at least 400 ms; took " + took.toMillis() + " ms");
    }
}
