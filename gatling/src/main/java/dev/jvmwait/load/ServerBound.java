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

    /**
     * The bound the service last confirmed in this JVM, which measures one service process (its Gatling runs one after
     * the other); null: none asked for yet.
     */
    private static volatile Integer confirmed;

    private ServerBound() {
    }

    /**
     * Makes {@code bound} ({@code 0}: none) the service's, asking only where it differs from the one it confirmed last: a
     * step that keeps the bound sends nothing, so no request to the service waits behind a queue the step before built
     * (at 4x without a bound, behind seconds of it). Whether the service has it now; one that did not take it is said on
     * the console. Called by the first user of a step, once.
     */
    static synchronized boolean ensure(String baseUrl, int bound) {
        if (confirmed != null && confirmed == bound) {
            return true;
        }
        confirmed = set(baseUrl, bound) ? Integer.valueOf(bound) : null;
        return confirmed != null;
    }

    private static boolean set(String baseUrl, int bound) {
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
