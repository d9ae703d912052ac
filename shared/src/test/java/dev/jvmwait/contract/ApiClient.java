package dev.jvmwait.contract;

import io.restassured.builder.ResponseBuilder;
import io.restassured.http.Header;
import io.restassured.http.Headers;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * The JDK's HTTP client, for the requests REST Assured does not send the way a test needs them: a
 * body in chunks, a body with no Content-Type, requests left in flight. It answers with REST
 * Assured responses, so that the same expectations check them.
 */
public final class ApiClient implements AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    /** @param baseUrl the target's base URL, e.g. {@code http://127.0.0.1:8083/kotlin} */
    public ApiClient(String baseUrl) {
        this.baseUrl = baseUrl.replaceAll("/$", "");
    }

    /** Sends a GET and returns at once: the request is in flight while the caller goes on. */
    public CompletableFuture<Response> getAsync(String path) {
        return http.sendAsync(request(path).GET().build(), BodyHandlers.ofString(StandardCharsets.UTF_8))
                .thenApply(ApiClient::toRestAssured);
    }

    /** A POST whose length is not announced: the body goes out in chunks. */
    public Response postChunked(String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType)
                .POST(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));
    }

    /** A POST with no Content-Type header at all (REST Assured would name one). */
    public Response postWithoutContentType(String path, byte[] body) {
        return send(request(path).POST(BodyPublishers.ofByteArray(body)));
    }

    @Override
    public void close() {
        http.close();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(TIMEOUT);
    }

    private Response send(HttpRequest.Builder request) {
        try {
            return toRestAssured(http.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Response toRestAssured(HttpResponse<String> response) {
        Headers headers = new Headers(response.headers().map().entrySet().stream()
                .flatMap(header -> header.getValue().stream().map(value -> new Header(header.getKey(), value)))
                .toList());
        ResponseBuilder builder = new ResponseBuilder()
                .setStatusCode(response.statusCode())
                .setHeaders(headers)
                .setBody(response.body());
        // REST Assured reads a body by its content type, which it keeps apart from the headers
        response.headers().firstValue("Content-Type").ifPresent(builder::setContentType);
        return builder.build();
    }
}
