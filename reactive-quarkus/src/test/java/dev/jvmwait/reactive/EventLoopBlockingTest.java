package dev.jvmwait.reactive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jvmwait.contract.ApiClient;
import dev.jvmwait.contract.ApiClient.Response;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The seed's Mistake 2 made visible: on one event loop, a blocking sleep in a handler holds up a
 * cheap request sent meanwhile; a timer or delay() does not, and neither does a sleeping virtual thread.
 * The margins are wide (a 1 s wait against 700 ms and 500 ms) so a busy machine cannot flip them.
 */
@QuarkusTest
@TestProfile(OneEventLoop.class)
class EventLoopBlockingTest {

    private static final Duration HELD_UP = Duration.ofMillis(700);
    private static final Duration NOT_HELD_UP = Duration.ofMillis(500);

    @TestHTTPResource("/")
    URL root;

    @Test
    void blockingCallOnTheReactiveTargetHoldsUpACheapRequest() throws Exception {
        assertAtLeast(HELD_UP, cheapRequestWhile("", "/api/mistakes/blocking-call?delayMs=1000"));
    }

    @Test
    void blockingCallOnTheCoroutinesTargetHoldsUpACheapRequest() throws Exception {
        assertAtLeast(HELD_UP, cheapRequestWhile("/kotlin", "/api/mistakes/blocking-call?delayMs=1000"));
    }

    @Test
    void timerWaitOnTheReactiveTargetDoesNotHoldUpACheapRequest() throws Exception {
        assertUnder(NOT_HELD_UP, cheapRequestWhile("", "/api/users/2?delayMs=1000"));
    }

    @Test
    void delayOnTheCoroutinesTargetDoesNotHoldUpACheapRequest() throws Exception {
        assertUnder(NOT_HELD_UP, cheapRequestWhile("/kotlin", "/api/users/2?delayMs=1000"));
    }

    @Test
    void sleepOnAVirtualThreadDoesNotHoldUpACheapRequest() throws Exception {
        assertUnder(NOT_HELD_UP, cheapRequestWhile("/virtual", "/api/mistakes/blocking-call?delayMs=1000"));
    }

    @Test
    void theServiceRunsOneEventLoopInThisProfile() {
        Response settings = new ApiClient(base("")).get("/internal/settings");
        assertEquals(1L, settings.json().get("Vert.x event loops"), settings::toString);
    }

    /** Sends the slow request, then ~100 ms later a cheap one on the same target: how long the cheap one took. */
    private Duration cheapRequestWhile(String prefix, String slowPath) throws Exception {
        ApiClient api = new ApiClient(base(prefix));
        CompletableFuture<Response> slow = api.getAsync(slowPath);
        Thread.sleep(100);
        Response cheap = api.get("/api/users/1?delayMs=0");
        assertEquals(200, cheap.status(), cheap::toString);
        Response slowResponse = slow.get(30, TimeUnit.SECONDS);
        assertEquals(200, slowResponse.status(), slowResponse::toString);
        return cheap.took();
    }

    private String base(String prefix) {
        return root.toString().replaceAll("/$", "") + prefix;
    }

    private static void assertAtLeast(Duration least, Duration took) {
        assertTrue(took.compareTo(least) >= 0, "expected the cheap request to wait at least " + least.toMillis() + " ms, took " + took.toMillis() + " ms");
    }

    private static void assertUnder(Duration most, Duration took) {
        assertTrue(took.compareTo(most) < 0, "expected the cheap request to take under " + most.toMillis() + " ms, took " + took.toMillis() + " ms");
    }
}
