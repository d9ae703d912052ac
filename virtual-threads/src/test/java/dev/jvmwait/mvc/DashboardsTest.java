package dev.jvmwait.mvc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** The dashboard's fan-out, seen through lookups that the test holds at a gate. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(GatedLookups.class)
class DashboardsTest {

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
    void concurrentDashboardHasItsThreeLookupsInFlightAtOnce() throws Exception {
        CompletableFuture<HttpResponse<String>> dashboard = get("/api/users/7/dashboard?mode=concurrent");

        lookups.awaitStarted(3);
        assertEquals(3, lookups.inFlight(), "lookups in flight at once");
        assertEquals(3, lookups.threads(), "threads that make them");

        lookups.letThrough(3);
        assertEquals(200, dashboard.get(30, TimeUnit.SECONDS).statusCode());
    }

    @Test
    void sequentialDashboardMakesItsLookupsOneAfterTheOtherOnOneThread() throws Exception {
        CompletableFuture<HttpResponse<String>> dashboard = get("/api/users/7/dashboard?mode=sequential");
        lookups.letThrough(3);

        assertEquals(200, dashboard.get(30, TimeUnit.SECONDS).statusCode());
        assertEquals(3, lookups.started(), "lookups made");
        assertEquals(1, lookups.threads(), "threads that made them");
        assertEquals(1, lookups.mostInFlight(), "the most lookups ever in flight at once");
    }

    private CompletableFuture<HttpResponse<String>> get(String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }
}
