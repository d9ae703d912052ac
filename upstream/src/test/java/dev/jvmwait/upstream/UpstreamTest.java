package dev.jvmwait.upstream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The upstream answers API.md's data after the delay it is given, and bad input with the API's problems. */
class UpstreamTest {

    private static Vertx vertx;
    private static String base;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        vertx = Vertx.vertx();
        base = "http://127.0.0.1:" + Upstream.start(vertx, "127.0.0.1", 0).await().actualPort();
    }

    @AfterAll
    static void stop() {
        vertx.close().await();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aUserItsProfileAndItsPostsAreApiMdsData() throws Exception {
        assertEquals("{\"id\":42,\"name\":\"User 42\",\"email\":\"user42@example.com\"}", get("/users/42?delayMs=0").body());
        assertEquals("{\"userId\":42,\"bio\":\"Bio of user 42\",\"followers\":2367}", get("/users/42/profile?delayMs=0").body());
        assertEquals("[{\"id\":421,\"userId\":42,\"title\":\"Post 1 of user 42\"},{\"id\":422,\"userId\":42,\"title\":\"Post 2"
                + " of user 42\"},{\"id\":423,\"userId\":42,\"title\":\"Post 3 of user 42\"}]", get("/users/42/posts?delayMs=0").body());
        assertEquals("application/json", get("/users/1?delayMs=0").headers().firstValue("Content-Type").orElseThrow());
    }

    @Test
    void itAnswersAfterTheDelayAndManyWaitAtOnceWithoutAThreadEach() throws Exception {
        long started = System.nanoTime();
        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 1; i <= 50; i++) {
            calls.add(CLIENT.sendAsync(HttpRequest.newBuilder(URI.create(base + "/users/" + i + "?delayMs=300")).build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        for (CompletableFuture<HttpResponse<String>> call : calls) {
            assertEquals(200, call.get().statusCode());
        }
        long elapsedMs = (System.nanoTime() - started) / 1_000_000;
        assertTrue(elapsedMs >= 300, "each waited its 300 ms: " + elapsedMs + " ms");
    }

    @Test
    void badInputGetsTheApisProblems() throws Exception {
        HttpResponse<String> notANumber = get("/users/abc");
        HttpResponse<String> pastTheLast = get("/users/1000001/profile");
        HttpResponse<String> badDelay = get("/users/1?delayMs=10001");
        HttpResponse<String> nowhere = get("/nowhere");

        assertEquals(400, notANumber.statusCode());
        assertEquals("application/problem+json", notANumber.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(notANumber.body().contains("\"status\":400"), notANumber.body());
        assertEquals(404, pastTheLast.statusCode());
        assertEquals(400, badDelay.statusCode());
        assertEquals(404, nowhere.statusCode());
    }
}
