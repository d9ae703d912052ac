package dev.jvmwait.mvc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** A new virtual thread per request: the same pool of four as the blocking service's test no longer bounds anything. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.tomcat.threads.max=4", "server.tomcat.threads.min-spare=4"})
@Import(GatedLookups.class)
class ThreadPerRequestTest {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @LocalServerPort
    int port;

    @Autowired
    GatedLookups lookups;

    @BeforeEach
    void closeTheGate() {
        lookups.reset();
    }

    @AfterEach
    void releaseStragglers() {
        lookups.letThrough(100);
    }

    @Test
    void eightRequestsOnVirtualThreadsAreAllInTheHandlerAtOnce() throws Exception {
        List<CompletableFuture<HttpResponse<String>>> responses = IntStream.rangeClosed(1, 8)
                .mapToObj(id -> get("/api/users/" + id)).toList();

        lookups.awaitStarted(8);
        assertEquals(8, lookups.inFlight(), "requests in the handler at once, on a pool of four");

        lookups.letThrough(8);
        for (CompletableFuture<HttpResponse<String>> response : responses) {
            assertEquals(200, response.get(30, TimeUnit.SECONDS).statusCode());
        }
        assertEquals(8, lookups.mostInFlight(), "the most requests ever in the handler at once");
    }

    private CompletableFuture<HttpResponse<String>> get(String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }
}
