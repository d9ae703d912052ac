package dev.jvmwait.contract;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What a user of the packaged artifact relies on: {@code java -jar} with {@code PORT} and
 * {@code HOST} starts it, and SIGTERM lets the requests in flight finish.
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

    @Test
    void finishesRequestsInFlightWhenTerminated() throws Exception {
        try (PackagedService service = PackagedService.start(artifact(), "/api/runtime");
             ApiClient raw = new ApiClient(service.baseUrl())) {
            CompletableFuture<Response> inFlight = raw.getAsync("/api/users/5?delayMs=3000");
            Thread.sleep(1000); // time for the request to reach its handler, well inside its 3 s wait
            int exit = service.terminate(Duration.ofSeconds(30));
            Response response = inFlight.get(10, TimeUnit.SECONDS);
            assertEquals(200, response.statusCode(), () -> response.asString() + "\n" + service.logTail());
            assertTrue(exit == 0 || exit == 143, "exit status " + exit);
        }
    }
}
