package dev.jvmwait.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jvmwait.contract.ApiClient.Response;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What a user of the packaged artifact relies on: {@code java -jar} with {@code PORT} and
 * {@code HOST} starts it in a few seconds, and SIGTERM lets the requests in flight finish.
 */
public abstract class PackagedServiceContract {

    /** The artifact that {@code java -jar} runs, relative to the module. */
    protected abstract Path artifact();

    @Test
    void startsWithJavaDashJarOnThePortItIsGiven() throws Exception {
        try (PackagedService service = PackagedService.start(artifact(), "/api/runtime")) {
            assertTrue(service.startup().compareTo(Duration.ofSeconds(30)) < 0, "started in " + service.startup());
            assertEquals(200, new ApiClient(service.baseUrl()).get("/api/users/1?delayMs=0").status());
        }
    }

    @Test
    void finishesRequestsInFlightWhenTerminated() throws Exception {
        try (PackagedService service = PackagedService.start(artifact(), "/api/runtime")) {
            ApiClient api = new ApiClient(service.baseUrl());
            CompletableFuture<Response> inFlight = api.getAsync("/api/users/5?delayMs=2000");
            Thread.sleep(700);
            int exit = service.terminate(Duration.ofSeconds(30));
            Response response = inFlight.get(10, TimeUnit.SECONDS);
            assertEquals(200, response.status(), () -> response + "\n" + service.logTail());
            assertTrue(exit == 0 || exit == 143, "exit status " + exit);
        }
    }
}
