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
     * compare.sh stops the load generator if the server dies first. A server that compare.sh started on every core, to
     * start sooner, and pins once it answers ({@code start_service anywhere}), is measured once it is on its own cores.
     */
    public static void await(String baseUrl) {
        awaitAnswer(baseUrl);
        String pid = System.getProperty("serverPid");
        if (pid != null && !pid.isBlank()) {
            awaitPinned(new ProcessCpu(Long.parseLong(pid.trim())), Integer.parseInt(System.getProperty("serverCores", "1")));
            ServerJit.lend();
        }
    }

    private static void awaitAnswer(String baseUrl) {
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

    /** Until the server may run on no more than its cores (compare.sh pins it within 0.1 s of its answer); at most 5 s. */
    private static void awaitPinned(ProcessCpu server, int cores) {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        try {
            while (server.allowedCores() > cores) {
                if (System.nanoTime() > deadline) {
                    System.out.println("the server still runs on more than its " + cores + " core(s); measuring anyway");
                    return;
                }
                Thread.sleep(20);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
