package dev.jvmwait.quarkus;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jvmwait.domain.Messages;
import dev.jvmwait.domain.Problem;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Beyond the contract: bodies far over the limit, empty ones, a failure nobody expected, HTTP/2 clients. */
@QuarkusTest
class ProblemDetailsTest {

    private static final String HUGE = "x".repeat(2_000_000);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @TestHTTPResource("/")
    URI root;

    /** The service answers before it has read the body, and closes: the JDK client reads that answer while it sends. */
    @ParameterizedTest
    @ValueSource(strings = {"/api", "/kotlin/api", "/virtual/api"})
    void aBodyFarOverTheLimitIsTooLargeAnnouncedOrChunked(String prefix) throws Exception {
        for (HttpResponse<String> response : List.of(post(prefix, HUGE), postChunked(prefix, HUGE))) {
            assertEquals(413, response.statusCode(), response::body);
            assertEquals(Problem.MEDIA_TYPE, response.headers().firstValue("Content-Type").orElse(null));
            assertTrue(response.body().contains(Messages.bodyTooLarge()), response::body);
        }
    }

    /** Quarkus REST would wait forever for an empty body that Vert.x had already read. */
    @ParameterizedTest
    @ValueSource(strings = {"/api", "/kotlin/api", "/virtual/api"})
    void anEmptyBodyAnnouncedOrChunkedIsABadRequest(String prefix) throws Exception {
        given().contentType("application/json").body("").post(prefix + "/posts").then().statusCode(400);
        HttpResponse<String> chunked = postChunked(prefix, "");
        assertEquals(400, chunked.statusCode(), chunked::body);
    }

    @Test
    void aFailureNobodyExpectedIsAnInternalErrorThatGivesNothingAway() {
        given().get("/api/test/failure")
                .then().statusCode(500).contentType(Problem.MEDIA_TYPE)
                .body("detail", equalTo(Messages.internalError()))
                .body(not(containsString(FailingResource.SECRET)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api", "/kotlin/api", "/virtual/api"})
    void clientsThatUpgradeToHttp2AreAnswered(String prefix) throws Exception {
        HttpClient h2c = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
        HttpResponse<String> user = h2c.send(HttpRequest.newBuilder(root.resolve(prefix + "/users/3?delayMs=0")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, user.statusCode(), user::body);
        HttpResponse<String> created = h2c.send(HttpRequest.newBuilder(root.resolve(prefix + "/posts"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"userId\": 3, \"title\": \"h2\", \"body\": \"\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, created.statusCode(), created::body);
    }

    private HttpResponse<String> post(String prefix, String body) throws Exception {
        return send(prefix, HttpRequest.BodyPublishers.ofString(body));
    }

    /** A body whose length is not announced: it goes out in chunks. */
    private HttpResponse<String> postChunked(String prefix, String body) throws Exception {
        return send(prefix, HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))));
    }

    private HttpResponse<String> send(String prefix, HttpRequest.BodyPublisher body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(root.resolve(prefix + "/posts")).header("Content-Type", "application/json").POST(body).build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).get(30, TimeUnit.SECONDS);
    }
}
