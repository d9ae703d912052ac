package dev.jvmwait.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A target over {@code BACKEND=http}, against the project's real upstream ({@link BackendProcess#upstream()}): an
 * upstream that goes away is a 503 that names it, and the service calls it again when it is back.
 */
public abstract class UpstreamContract {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** The base URLs of the targets the service serves, e.g. {@code http://127.0.0.1:8083/kotlin}. */
    protected abstract List<String> baseUrls();

    private static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    @Timeout(120)
    void anUpstreamThatIsDownIsA503NamingItAndTheServiceRecoversWhenItIsBack() throws Exception {
        BackendProcess upstream = BackendProcess.upstream();
        for (String baseUrl : baseUrls()) {
            assertEquals(200, get(baseUrl + "/api/users/7?delayMs=0").statusCode(), baseUrl);
        }
        upstream.stop();
        try {
            for (String baseUrl : baseUrls()) {
                HttpResponse<String> down = get(baseUrl + "/api/users/7/dashboard?delayMs=0");
                assertEquals(503, down.statusCode(), baseUrl + ": " + down.body());
                assertEquals("application/problem+json", down.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""));
                assertTrue(down.body().contains("the upstream service (http) is unavailable"), down.body());
                assertTrue(!down.body().contains("Exception") && !down.body().contains("Connection refused"), down.body());
            }
        } finally {
            upstream.start();
        }
        for (String baseUrl : baseUrls()) {
            assertEquals(200, get(baseUrl + "/api/users/7?delayMs=0").statusCode(), baseUrl + " calls the upstream again once it is back");
        }
    }
}
