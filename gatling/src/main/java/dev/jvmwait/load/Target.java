package dev.jvmwait.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The target a run measures, as the load generator first sees it. */
public final class Target {

    private Target() {
    }

    /**
     * Until the target answers {@code /api/runtime}: compare.sh starts the load generator while the server starts, so
     * that the two start at once on their own cores, and Gatling's own start-up overlaps the server's. At most a minute;
     * compare.sh stops the load generator if the server dies first.
     */
    public static void await(String baseUrl) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest runtime = HttpRequest.newBuilder(URI.create(baseUrl + "/api/runtime")).timeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        try {
            while (System.nanoTime() < deadline) {
                try {
                    if (client.send(runtime, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return;
                    }
                } catch (IOException e) {
                    // not listening yet
                }
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        System.out.println(baseUrl + "/api/runtime did not answer 200 within a minute; measuring anyway");
    }
}
