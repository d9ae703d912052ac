package dev.jvmwait.reactive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jvmwait.contract.ApiClient;
import dev.jvmwait.contract.ApiClient.Response;
import dev.jvmwait.domain.Messages;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Beyond the contract: far larger bodies, Allow on every prefix, an Accept without JSON, HTTP/2 clients. */
@QuarkusTest
class ProblemDetailsTest {

    @TestHTTPResource("/")
    URL root;

    @Test
    void bodyFarLargerThanTheLimitIsTooLargeAnnouncedOrChunked() {
        byte[] huge = "x".repeat(2_000_000).getBytes(StandardCharsets.UTF_8);
        byte[] large = "x".repeat(500_000).getBytes(StandardCharsets.UTF_8);
        for (String prefix : new String[] {"", "/kotlin", "/virtual"}) {
            ApiClient api = api(prefix);
            Response announced = api.post("/api/posts", "application/json", huge);
            Response chunked = api.postChunked("/api/posts", "application/json", large);
            for (Response response : new Response[] {announced, chunked}) {
                assertEquals(413, response.status(), response::toString);
                assertEquals(Messages.bodyTooLarge(), response.json().get("detail"));
            }
        }
    }

    @Test
    void notAllowedNamesTheMethodsOfThatPathOnEveryPrefix() {
        for (String prefix : new String[] {"", "/kotlin", "/virtual"}) {
            Response response = api(prefix).method("PUT", "/api/users/1/dashboard");
            assertEquals(405, response.status(), response::toString);
            assertEquals("GET, HEAD, OPTIONS", response.header("Allow"));
        }
    }

    @Test
    void acceptWithoutJsonIsNotAcceptableAsAProblem() throws Exception {
        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(URI.create(root + "api/users/1?delayMs=0")).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(406, response.statusCode(), response::body);
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(response.body().contains(Messages.notAcceptable()), response::body);
    }

    @Test
    void clientsThatUpgradeToHttp2AreAnsweredToo() throws Exception {
        HttpClient h2c = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
        for (String prefix : new String[] {"", "kotlin/", "virtual/"}) {
            HttpResponse<String> user = h2c.send(HttpRequest.newBuilder(URI.create(root + prefix + "api/users/3?delayMs=0")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, user.statusCode(), user::body);
            HttpResponse<String> created = h2c.send(HttpRequest.newBuilder(URI.create(root + prefix + "api/posts"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"userId\": 3, \"title\": \"h2\", \"body\": \"\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(201, created.statusCode(), created::body);
        }
    }

    private ApiClient api(String prefix) {
        return new ApiClient(root.toString().replaceAll("/$", "") + prefix);
    }
}
