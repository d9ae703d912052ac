package dev.jvmwait.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A service started the way a user starts it, {@code java -jar} on the packaged artifact, with
 * {@code PORT} and {@code HOST} in its environment; stopped with SIGTERM. Its output goes to
 * {@code target/service-logs/} of the module whose tests started it.
 */
public final class PackagedService implements AutoCloseable {

    private final Process process;
    private final Path log;
    private final int port;

    private PackagedService(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** Starts the jar and waits until {@code readyPath} answers 200, or fails with the service's log. */
    public static PackagedService start(Path jar, String readyPath) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is not built: run the package phase first");
        }
        int port = freePort();
        try {
            // In the module's own target folder: kept for a look after a failed test, and gone with `mvnw clean`.
            Path log = Files.createTempFile(Files.createDirectories(Path.of("target", "service-logs")), "service-", ".log");
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            ProcessBuilder builder = new ProcessBuilder(List.of(java, "-jar", jar.toString()))
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().put("PORT", Integer.toString(port));
            builder.environment().put("HOST", "127.0.0.1");
            Process process = builder.start();
            PackagedService service = new PackagedService(process, log, port);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
                while (System.nanoTime() < deadline) {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("the service exited with " + process.exitValue() + ":\n" + service.logTail());
                    }
                    if (answers(http, URI.create(service.baseUrl() + readyPath))) {
                        return service;
                    }
                    Thread.sleep(50);
                }
            }
            process.destroyForcibly();
            throw new IllegalStateException("the service did not answer within 60 s:\n" + service.logTail());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** Sends SIGTERM (what {@link Process#destroy()} does on Linux) and waits for the process to exit. */
    public int terminate(Duration patience) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("the service did not exit within " + patience + " of SIGTERM:\n" + logTail());
        }
        return process.exitValue();
    }

    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }

    private static boolean answers(HttpClient http, URI ready) throws InterruptedException {
        try {
            HttpRequest request = HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(5)).build();
            return http.send(request, BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notListeningYet) {
            return false;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
