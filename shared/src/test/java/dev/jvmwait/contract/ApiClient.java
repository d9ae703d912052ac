package dev.jvmwait.contract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** A plain JDK HTTP client bound to one target's base URL, for the contract and behaviour tests. */
public final class ApiClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    /** @param baseUrl the target's base URL, e.g. {@code http://127.0.0.1:8083/kotlin}, without a trailing slash */
    public ApiClient(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** The path of {@code path} as the server sees it: the base URL's own path (say {@code /kotlin}) first. */
    public String serverPath(String path) {
        return URI.create(baseUrl + path).getRawPath();
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    /** A GET with one extra request header, such as {@code Accept}. */
    public Response get(String path, String header, String value) {
        return send(request(path).header(header, value).GET());
    }

    public CompletableFuture<Response> getAsync(String path) {
        long start = System.nanoTime();
        return http.sendAsync(request(path).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                .thenApply(response -> Response.of(response, start));
    }

    public Response method(String method, String path) {
        return send(request(path).method(method, HttpRequest.BodyPublishers.noBody()));
    }

    public Response postJson(String path, String json) {
        return post(path, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    /** A POST with the given Content-Type, or none when {@code contentType} is null. */
    public Response post(String path, String contentType, byte[] body) {
        return send(withType(request(path), contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** A POST whose length is not announced: the body goes out in chunks. */
    public Response postChunked(String path, String contentType, byte[] body) {
        BodyPublisher chunked = HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body));
        return send(withType(request(path), contentType).POST(chunked));
    }

    private static HttpRequest.Builder withType(HttpRequest.Builder builder, String contentType) {
        return contentType == null ? builder : builder.header("Content-Type", contentType);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(TIMEOUT);
    }

    private Response send(HttpRequest.Builder request) {
        long start = System.nanoTime();
        try {
            return Response.of(http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)), start);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response, with how long it took from send to the end of its body. */
    public record Response(int status, Map<String, java.util.List<String>> headers, String body, Duration took) {

        static Response of(HttpResponse<String> response, long startNanos) {
            return new Response(response.statusCode(), response.headers().map(), response.body(),
                    Duration.ofNanos(System.nanoTime() - startNanos));
        }

        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> String.join(", ", entry.getValue()))
                    .findFirst().orElse(null);
        }

        /** The media type of the body, without parameters such as charset. */
        public String mediaType() {
            String type = header("Content-Type");
            return type == null ? null : type.split(";")[0].trim().toLowerCase(java.util.Locale.ROOT);
        }

        @SuppressWarnings("unchecked")
        public Map<String, Object> json() {
            return (Map<String, Object>) Json.parse(body);
        }

        @Override
        public String toString() {
            return status + " " + header("Content-Type") + " " + body;
        }
    }
}
