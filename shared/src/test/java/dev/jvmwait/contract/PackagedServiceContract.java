package dev.jvmwait.contract;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What a user of the packaged artifact relies on: {@code java -jar} with {@code PORT} and
 * {@code HOST} starts it, and SIGTERM lets every request in flight finish, takes no new one (refused, or 503),
 * and the process exits within its 30 s shutdown timeout.
 */
public abstract class PackagedServiceContract {

    /** The artifact that {@code java -jar} runs, relative to the module. */
    protected abstract Path artifact();

    @Test
    void startsWithJavaDashJarOnThePortItIsGiven() {
        try (PackagedService service = PackagedService.start(artifact(), "/api/runtime")) {
            given().baseUri(service.baseUrl())
                    .when().get("/api/users/1?delayMs=0")
                    .then().statusCode(200);
        }
    }

    /** Requests in flight when SIGTERM comes: each must still be answered 200. */
    public static final int IN_FLIGHT_AT_SIGTERM = 30;

    @Test
    void finishesEveryRequestInFlightWhenTerminatedAndTakesNoNewOnes() throws Exception {
        try (PackagedService service = PackagedService.start(artifact(), "/api/runtime");
             ApiClient raw = new ApiClient(service.baseUrl())) {
            List<CompletableFuture<Response>> inFlight = new ArrayList<>();
            for (int i = 0; i < IN_FLIGHT_AT_SIGTERM; i++) {
                inFlight.add(raw.getAsync("/api/users/" + (i + 1) + "?delayMs=3000"));
            }
            Thread.sleep(1000); // time for the requests to reach their handlers, well inside their 3 s wait
            long signalled = System.nanoTime();
            CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> {
                try {
                    return service.terminate(Duration.ofSeconds(30));
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(500); // SIGTERM has reached it: the shutdown has begun
            int newcomer = statusOfANewRequest(service.baseUrl());
            assertTrue(newcomer == 0 || newcomer == 503, "a new request during the shutdown: " + newcomer + " (0: refused)");
            for (CompletableFuture<Response> request : inFlight) {
                Response response = request.get(30, TimeUnit.SECONDS);
                assertEquals(200, response.statusCode(), () -> response.asString() + "\n" + service.logTail());
            }
            int status = exit.get(40, TimeUnit.SECONDS);
            long exitedAfterMs = (System.nanoTime() - signalled) / 1_000_000;
            assertTrue(status == 0 || status == 143, "exit status " + status);
            assertTrue(exitedAfterMs < 30_000, "exited " + exitedAfterMs + " ms after SIGTERM, past the 30 s shutdown timeout");
        }
    }

    /** A request on a new connection: its status, or 0 if the connection was refused or closed unanswered. */
    private static int statusOfANewRequest(String baseUrl) throws InterruptedException {
        try (HttpClient fresh = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build()) {
            return fresh.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/users/1?delayMs=0")).timeout(Duration.ofSeconds(10))
                    .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException refused) {
            return 0;
        }
    }
}
