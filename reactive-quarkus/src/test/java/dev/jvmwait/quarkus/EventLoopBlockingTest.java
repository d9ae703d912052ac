package dev.jvmwait.quarkus;

import static io.restassured.RestAssured.get;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The seed's Mistake 2 on a single event loop: a blocking sleep in a handler holds up a cheap request
 * sent meanwhile, so the cheap one finishes last; a timer, delay() or a sleeping virtual thread does
 * not, so it finishes first. The cheap request waits 100 ms itself, against the slow one's 1 s.
 */
@QuarkusTest
@TestProfile(OneEventLoop.class)
class EventLoopBlockingTest {

    private static final String SLOW = "/api/mistakes/blocking-call?delayMs=1000";
    private static final String CHEAP = "/api/users/1?delayMs=100";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @TestHTTPResource("/")
    URI root;

    @ParameterizedTest
    @ValueSource(strings = {"", "/kotlin"})
    void aBlockingCallHoldsUpACheapRequestSentWhileItSleeps(String prefix) throws Exception {
        assertEquals(List.of("slow", "cheap"), finishingOrder(prefix + SLOW, prefix + CHEAP, true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/kotlin"})
    void aNonBlockingWaitLetsACheapRequestSentMeanwhileFinishFirst(String prefix) throws Exception {
        assertEquals(List.of("cheap", "slow"), finishingOrder(prefix + "/api/users/2?delayMs=1000", prefix + CHEAP, false));
    }

    @Test
    void aSleepingVirtualThreadLetsACheapRequestSentMeanwhileFinishFirst() throws Exception {
        assertEquals(List.of("cheap", "slow"), finishingOrder("/virtual" + SLOW, "/virtual" + CHEAP, false));
    }

    @Test
    void theServiceRunsOneEventLoopInThisProfile() {
        get("/internal/settings").then().statusCode(200).body("'Vert.x event loops'", equalTo(1));
    }

    /** Sends the slow request, then the cheap one once the slow one is under way: the order they finished in. */
    private List<String> finishingOrder(String slowPath, String cheapPath, boolean slowBlocksTheEventLoop) throws Exception {
        List<String> finished = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> slow = send(slowPath, "slow", finished);
        if (slowBlocksTheEventLoop) {
            awaitAnEventLoopAsleep();
        } else {
            Thread.sleep(100);
        }
        CompletableFuture<Void> cheap = send(cheapPath, "cheap", finished);
        CompletableFuture.allOf(slow, cheap).get(30, TimeUnit.SECONDS);
        return finished;
    }

    private CompletableFuture<Void> send(String path, String name, List<String> finished) {
        return http.sendAsync(HttpRequest.newBuilder(root.resolve(path)).build(), HttpResponse.BodyHandlers.ofString())
                .thenAccept(response -> {
                    assertEquals(200, response.statusCode(), response::body);
                    finished.add(name);
                });
    }

    /** Until the slow request's handler sleeps on the event loop: only then is the cheap one sure to queue behind it. */
    private static void awaitAnEventLoopAsleep() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            boolean asleep = Thread.getAllStackTraces().entrySet().stream().anyMatch(thread ->
                    thread.getKey().getName().startsWith("vert.x-eventloop-thread-")
                            && Arrays.stream(thread.getValue()).anyMatch(frame -> frame.getClassName().endsWith(".SleepingUserLookups")));
            if (asleep) {
                return;
            }
            Thread.sleep(5);
        }
        throw new AssertionError("no event loop slept in the blocking call within 10 s");
    }
}
