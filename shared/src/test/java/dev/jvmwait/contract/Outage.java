package dev.jvmwait.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A real backend taken away from under running targets and given back: while it is gone each target answers a 503
 * problem that names it (never a driver's or a client's words), and once it is back each one serves again.
 */
final class Outage {

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private Outage() {
    }

    static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static void check(BackendProcess backend, List<String> baseUrls, String detail, String... leaks) throws Exception {
        for (String baseUrl : baseUrls) {
            assertEquals(200, get(baseUrl + "/api/users/7?delayMs=0").statusCode(), baseUrl);
        }
        backend.stop();
        try {
            for (String baseUrl : baseUrls) {
                HttpResponse<String> down = get(baseUrl + "/api/users/7/dashboard?delayMs=0");
                assertEquals(503, down.statusCode(), baseUrl + ": " + down.body());
                assertEquals("application/problem+json", down.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""));
                assertTrue(down.body().contains(detail), down.body());
                for (String leak : leaks) {
                    assertFalse(down.body().contains(leak), down.body());
                }
            }
        } finally {
            backend.start();
        }
        for (String baseUrl : baseUrls) {
            // a pool may hand out a dead connection or two before it notices: a few 503s, then 200
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            int status = 0;
            while (System.nanoTime() < deadline && status != 200) {
                status = get(baseUrl + "/api/users/7?delayMs=0").statusCode();
                if (status != 200) {
                    Thread.sleep(200);
                }
            }
            assertEquals(200, status, baseUrl + " serves again once the backend is back");
            assertEquals(200, get(baseUrl + "/api/users/7/dashboard?delayMs=0").statusCode(), baseUrl);
        }
    }

    /**
     * {@code callers} requests, each waiting {@code delayMs} in the backend, abandoned after {@code patienceMs} while
     * the pool is full; once what was already sent has had {@code settleMs} to finish, each target must answer again.
     */
    static void abandonWhileThePoolIsFull(List<String> baseUrls, int callers, int delayMs, int patienceMs, int settleMs)
            throws Exception {
        for (String baseUrl : baseUrls) {
            List<CompletableFuture<HttpResponse<Void>>> abandoned = new ArrayList<>();
            for (int i = 1; i <= callers; i++) {
                abandoned.add(HTTP.sendAsync(HttpRequest.newBuilder(URI.create(baseUrl + "/api/users/" + i + "?delayMs=" + delayMs))
                        .timeout(Duration.ofMillis(patienceMs)).build(), HttpResponse.BodyHandlers.discarding()));
            }
            for (CompletableFuture<HttpResponse<Void>> call : abandoned) {
                call.handle((answer, failure) -> null).get();
            }
            Thread.sleep(settleMs);
            for (int i = 0; i < 3; i++) {
                HttpResponse<String> after = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/users/7?delayMs=0"))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, after.statusCode(), baseUrl + ": " + after.body());
            }
        }
    }
}
