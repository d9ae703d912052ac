package dev.jvmwait.quarkus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jvmwait.domain.Fibonacci;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Where fib(40) runs, read from the stacks of the live threads while it runs: offloaded on a cpu-
 * thread of a CpuPool in every style, and on the event loop in the mistake that does not offload.
 */
@QuarkusTest
class CpuOffloadTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @TestHTTPResource("/")
    URI root;

    @ParameterizedTest
    @ValueSource(strings = {
            "/api/compute/fibonacci/40", "/kotlin/api/compute/fibonacci/40", "/virtual/api/compute/fibonacci/40",
            "/api/mixed/1?delayMs=0&n=40", "/kotlin/api/mixed/1?delayMs=0&n=40", "/virtual/api/mixed/1?delayMs=0&n=40"})
    void cpuWorkRunsOnAPlatformThreadOfACpuPool(String path) throws Exception {
        Thread computing = threadComputing(path);
        assertTrue(computing.getName().startsWith("cpu-"), computing::toString);
        assertTrue(!computing.isVirtual(), computing::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/mistakes/cpu-in-handler/40", "/kotlin/api/mistakes/cpu-in-handler/40"})
    void cpuWorkInTheHandlerRunsOnTheEventLoop(String path) throws Exception {
        Thread computing = threadComputing(path);
        assertTrue(computing.getName().startsWith("vert.x-eventloop-thread-"), computing::toString);
    }

    /** Sends the request and looks for the (platform) thread with fibonacci on its stack until the answer is back. */
    private Thread threadComputing(String path) throws Exception {
        CompletableFuture<HttpResponse<String>> response =
                http.sendAsync(HttpRequest.newBuilder(root.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
        Thread computing = null;
        while (computing == null && !response.isDone()) {
            for (Map.Entry<Thread, StackTraceElement[]> thread : Thread.getAllStackTraces().entrySet()) {
                if (Arrays.stream(thread.getValue()).anyMatch(frame -> frame.getClassName().equals(Fibonacci.class.getName()))) {
                    computing = thread.getKey();
                }
            }
        }
        assertEquals(200, response.get(30, TimeUnit.SECONDS).statusCode());
        assertTrue(computing != null, "no thread was seen computing fibonacci for " + path);
        return computing;
    }
}
