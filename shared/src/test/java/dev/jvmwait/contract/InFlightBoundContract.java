package dev.jvmwait.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * A service started with {@code MAX_IN_FLIGHT=}{@value #BOUND} (API.md, "The in-flight bound"): with the bound's
 * requests in flight, the next is refused at once, on every target the service serves, with 503 problem+json and
 * {@code Retry-After: 1}; the accepted ones are served; and a place comes back when its answer is written or its caller
 * gives up; {@code PUT /internal/max-in-flight} sets the bound while the service runs.
 */
public abstract class InFlightBoundContract {

    public static final int BOUND = 2;
    /** How long each held request waits: far longer than a refusal may take. */
    private static final int HOLD_MS = 2_000;

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** The service's targets' base URLs, the first at the service's root: they share one bound. */
    protected abstract List<String> baseUrls();

    @Test
    void pastTheBoundEveryTargetRefusesAtOnceAndTheAcceptedRequestsAreServed() throws Exception {
        String root = baseUrls().getFirst();
        List<CompletableFuture<HttpResponse<String>>> held = new ArrayList<>();
        for (int i = 0; i < BOUND; i++) {
            held.add(HTTP.sendAsync(request(root + "/api/users/" + (i + 1) + "?delayMs=" + HOLD_MS, Duration.ofSeconds(30)),
                    HttpResponse.BodyHandlers.ofString()));
        }
        awaitInFlight(root, BOUND);
        for (String baseUrl : baseUrls()) {
            long started = System.nanoTime();
            HttpResponse<String> refused = get(baseUrl + "/api/users/9?delayMs=0");
            long tookMs = (System.nanoTime() - started) / 1_000_000;
            assertEquals(503, refused.statusCode(), baseUrl + ": " + refused.body());
            assertEquals("1", refused.headers().firstValue("Retry-After").orElse(null), baseUrl);
            assertEquals("application/problem+json", refused.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""));
            assertTrue(refused.body().contains("\"status\":503") && refused.body().contains("bound of " + BOUND + " requests in flight"),
                    refused.body());
            assertTrue(tookMs < HOLD_MS / 2, baseUrl + ": refused after " + tookMs + " ms, not at once");
        }
        for (CompletableFuture<HttpResponse<String>> request : held) {
            assertEquals(200, request.get().statusCode(), "an accepted request is served, never dropped");
        }
        for (String baseUrl : baseUrls()) {
            assertEquals(200, get(baseUrl + "/api/users/9?delayMs=0").statusCode(), baseUrl + ": the places came back");
        }
        assertTrue(settings(root).contains("0 in flight now"), settings(root));
    }

    @Test
    void aCallerWhoGivesUpGivesItsPlaceBackOnceItsAnswerIsDone() throws Exception {
        String root = baseUrls().getFirst();
        for (int i = 0; i < BOUND; i++) {
            try {
                HTTP.send(request(root + "/api/users/1?delayMs=" + HOLD_MS, Duration.ofMillis(200)), HttpResponse.BodyHandlers.discarding());
            } catch (HttpTimeoutException expected) {
                // the caller gave up; the service still has the request in flight
            }
        }
        awaitInFlight(root, 0);
        for (int i = 0; i < BOUND; i++) {
            assertEquals(200, get(root + "/api/users/9?delayMs=0").statusCode());
        }
    }

    @Test
    void aBoundSetWhileTheServiceRunsRefusesAtOnceAndNoneRemovesIt() throws Exception {
        String root = baseUrls().getFirst();
        try {
            assertEquals(200, put(root, "1").statusCode());
            CompletableFuture<HttpResponse<String>> held = HTTP.sendAsync(
                    request(root + "/api/users/1?delayMs=" + HOLD_MS, Duration.ofSeconds(30)), HttpResponse.BodyHandlers.ofString());
            awaitInFlight(root, 1);
            HttpResponse<String> refused = get(root + "/api/users/9?delayMs=0");
            assertEquals(503, refused.statusCode(), refused.body());
            assertTrue(refused.body().contains("bound of 1 requests in flight"), refused.body());

            assertEquals(200, put(root, "none").statusCode());
            assertEquals(200, get(root + "/api/users/9?delayMs=0").statusCode(), "no bound, no refusal");
            assertTrue(settings(root).contains("\"in-flight bound (MAX_IN_FLIGHT)\":\"none: "), settings(root));
            assertEquals(200, held.get().statusCode(), "the request in flight when the bound changed is served");

            for (String wrong : List.of("zero", "")) {
                HttpResponse<String> bad = put(root, wrong);
                assertEquals(400, bad.statusCode(), bad.body());
                assertEquals("application/problem+json", bad.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""));
                assertTrue(bad.body().contains("MAX_IN_FLIGHT must be a whole number"), "'" + wrong + "': " + bad.body());
            }
        } finally {
            assertEquals(200, put(root, Integer.toString(BOUND)).statusCode());
        }
        awaitInFlight(root, 0);
    }

    private static HttpResponse<String> put(String root, String max) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(root + "/internal/max-in-flight")).timeout(Duration.ofSeconds(30))
                .PUT(HttpRequest.BodyPublishers.ofString(max)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void awaitInFlight(String root, int count) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        String settings = settings(root);
        while (!settings.contains("(" + count + " in flight now") && System.nanoTime() < deadline) {
            Thread.sleep(20);
            settings = settings(root);
        }
        assertTrue(settings.contains("(" + count + " in flight now"), settings);
    }

    private static String settings(String root) throws Exception {
        return get(root + "/internal/settings").body();
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(request(url, Duration.ofSeconds(30)), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest request(String url, Duration timeout) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(timeout).build();
    }
}
