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
import org.apache.tomcat.util.threads.ThreadPoolExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.annotation.Import;

/** A platform thread per request, from Tomcat's pool, here of four: the pool bounds the requests in the handler. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.tomcat.threads.max=4", "server.tomcat.threads.min-spare=4"})
@Import(GatedLookups.class)
class ThreadPerRequestTest {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @LocalServerPort
    int port;

    @Autowired
    GatedLookups lookups;

    @Autowired
    ServletWebServerApplicationContext context;

    @BeforeEach
    void closeTheGate() {
        lookups.reset();
    }

    @AfterEach
    void releaseStragglers() {
        lookups.letThrough(100);
    }

    @Test
    void eightRequestsOnAPoolOfFourPutFourInTheHandlerAndQueueFour() throws Exception {
        List<CompletableFuture<HttpResponse<String>>> responses = IntStream.rangeClosed(1, 8)
                .mapToObj(id -> get("/api/users/" + id)).toList();

        lookups.awaitStarted(4);
        awaitQueuedForAThread(4);
        assertEquals(4, lookups.started(), "requests in the handler while four wait for a thread");

        lookups.letThrough(8);
        for (CompletableFuture<HttpResponse<String>> response : responses) {
            assertEquals(200, response.get(30, TimeUnit.SECONDS).statusCode());
        }
        assertEquals(4, lookups.mostInFlight(), "the most requests ever in the handler at once");
    }

    /** Waits until Tomcat holds {@code count} requests in its queue, every thread of its pool busy. */
    private void awaitQueuedForAThread(int count) throws InterruptedException {
        TomcatWebServer tomcat = (TomcatWebServer) context.getWebServer();
        var pool = (ThreadPoolExecutor) tomcat.getTomcat().getConnector().getProtocolHandler().getExecutor();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (pool.getQueue().size() < count && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(count, pool.getQueue().size(), "requests waiting in Tomcat's queue for a thread");
    }

    private CompletableFuture<HttpResponse<String>> get(String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }
}
