package dev.jvmwait.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Sets the service's in-flight bound between two steps ({@code PUT /internal/max-in-flight} at the service's root,
 * API.md's bound set while the service runs), so that the overload ladder measures one warm process with and without it.
 */
final class ServerBound {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private ServerBound() {
    }

    /** Sets it ({@code 0}: none); whether the service took it. A service that did not is said on the console. */
    static boolean set(String baseUrl, int bound) {
        URI uri = URI.create(baseUrl).resolve("/internal/max-in-flight");
        try {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                    .PUT(HttpRequest.BodyPublishers.ofString(bound == 0 ? "none" : Integer.toString(bound))).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() == 200) {
                return true;
            }
            System.err.println("PUT " + uri + " " + bound + " answered " + answer.statusCode() + ": " + answer.body());
        } catch (IOException e) {
            System.err.println("PUT " + uri + " " + bound + " failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }
}
