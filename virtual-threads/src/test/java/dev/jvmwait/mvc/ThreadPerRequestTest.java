package dev.jvmwait.mvc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jvmwait.contract.ApiClient;
import dev.jvmwait.contract.ApiClient.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The same pool of four as the blocking service's test: with virtual threads, it no longer bounds anything. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.tomcat.threads.max=4", "server.tomcat.threads.min-spare=4"})
class ThreadPerRequestTest {

    @LocalServerPort
    int port;

    @Test
    void handlersRunOnVirtualThreads() {
        Map<String, Object> thread = new ApiClient("http://127.0.0.1:" + port).get("/api/thread").json();
        assertEquals(true, thread.get("virtual"));
        assertEquals(false, thread.get("eventLoop"));
    }

    @Test
    void eightRequestsOfTwoHundredMillisecondsWaitTogether() {
        ApiClient api = new ApiClient("http://127.0.0.1:" + port);
        api.get("/api/users/1?delayMs=0");

        // The fastest of three rounds, so that one stall of a busy machine does not decide.
        Duration fastest = IntStream.range(0, 3).mapToObj(round -> eightConcurrentWaits(api)).min(Duration::compareTo).orElseThrow();

        assertTrue(fastest.compareTo(Duration.ofMillis(390)) < 0,
                "eight 200 ms waits on virtual threads overlap, well under the 400 ms of two rounds; took " + fastest.toMillis() + " ms");
    }

    private static Duration eightConcurrentWaits(ApiClient api) {
        long start = System.nanoTime();
        List<Response> responses = IntStream.rangeClosed(1, 8)
                .mapToObj(id -> api.getAsync("/api/users/" + id + "?delayMs=200"))
                .toList().stream().map(CompletableFuture::join).toList();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        responses.forEach(response -> assertEquals(200, response.status()));
        return took;
    }
}
