package dev.jvmwait.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The packaged service against clients that misbehave, on loopback and bounded in time and count: every bad input is
 * answered with a 4xx or the connection closed, never a hang, and a bystander's requests stay fast while the bad ones
 * go on. {@link #BAD_INPUTS} counts the kinds of hostile input sent, for the report's reliability figures.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class HostileClientsContract {

    /** The hostile inputs these tests send: an oversized request line, an oversized header, malformed HTTP, a stalled body, slow headers, idle connections. */
    public static final int BAD_INPUTS = 6;
    /** A bystander's p99 while the others misbehave: far above a loopback request's few milliseconds, far below a hang. */
    private static final Duration BYSTANDER_P99 = Duration.ofMillis(500);
    private static final Duration NEVER_HANG = Duration.ofSeconds(10);

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private PackagedService service;

    /** The artifact that {@code java -jar} runs. */
    protected abstract Path artifact();

    @BeforeAll
    void start() {
        service = PackagedService.start(artifact(), "/api/runtime");
    }

    @AfterAll
    void stop() throws InterruptedException {
        if (service != null) {
            service.terminate(Duration.ofSeconds(40));
        }
    }

    @Test
    void aRequestLineOrAHeaderTooLargeIsRefusedNotHung() throws IOException {
        String big = "a".repeat(64 * 1024);
        int line = statusOf("GET /api/users/1?x=" + big + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
        int header = statusOf("GET /api/users/1 HTTP/1.1\r\nHost: localhost\r\nX-Big: " + big + "\r\n\r\n");

        assertTrue(Set.of(400, 414, 431).contains(line), "request line of 64 KiB: " + line);
        assertTrue(Set.of(400, 431).contains(header), "header of 64 KiB: " + header);
        assertBystanderIsServed();
    }

    @Test
    void malformedHttpIsA400() throws IOException {
        assertEquals(400, statusOf("NOT HTTP AT ALL\r\n\r\n"));
        assertEquals(400, statusOf("GET /api/users/1 HTTP/1.1\r\nHost: localhost\r\nContent-Length: ten\r\n\r\n"));
        assertBystanderIsServed();
    }

    @Test
    void aBodyAnnouncedLargerThanSentStallsOnlyItsOwnRequest() throws Exception {
        try (Socket stalled = connect()) {
            OutputStream out = stalled.getOutputStream();
            out.write(("POST /api/posts HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 1000\r\n\r\n{\"userId\": 1,").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            assertBystanderIsServed();
            // The service gives up on the body: an error answer or a closed connection, within its read timeout.
            stalled.setSoTimeout((int) Duration.ofSeconds(40).toMillis());
            String answer = readAll(stalled.getInputStream());
            assertTrue(answer.isEmpty() || answer.startsWith("HTTP/1.1 4") || answer.startsWith("HTTP/1.1 5"), answer);
        }
        assertBystanderIsServed();
    }

    @Test
    void slowHeadersFromHundredsOfConnectionsDoNotStarveABystander() throws Exception {
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 300; i++) {
                Socket socket = connect();
                socket.getOutputStream().write("GET /api/users/1 HTTP/1.1\r\nHost: localhost\r\n".getBytes(StandardCharsets.US_ASCII));
                slow.add(socket);
            }
            for (int second = 0; second < 4; second++) {
                for (Socket socket : slow) {
                    try {
                        socket.getOutputStream().write('X');
                    } catch (IOException closedByTheService) {
                        // a service may close a connection whose headers crawl: allowed
                    }
                }
                assertBystanderIsServed();
                Thread.sleep(1000);
            }
        } finally {
            for (Socket socket : slow) {
                socket.close();
            }
        }
    }

    @Test
    void twoThousandIdleKeepAliveConnectionsDoNotStarveABystander() throws Exception {
        List<Socket> idle = new ArrayList<>();
        try {
            for (int i = 0; i < 2000; i++) {
                Socket socket = connect();
                socket.getOutputStream().write("GET /api/users/1?delayMs=0 HTTP/1.1\r\nHost: localhost\r\n\r\n"
                        .getBytes(StandardCharsets.US_ASCII));
                idle.add(socket);
            }
            int answered = 0;
            for (Socket socket : idle) {
                answered += statusLine(socket.getInputStream()).startsWith("HTTP/1.1 200") ? 1 : 0;
            }
            assertEquals(idle.size(), answered, "every connection answered once, then left open and idle");
            assertBystanderIsServed();
        } finally {
            for (Socket socket : idle) {
                socket.close();
            }
        }
    }

    /** Fifty requests from a well-behaved client: every one 200, the slowest within the bound. */
    private void assertBystanderIsServed() {
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            long started = System.nanoTime();
            try {
                HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(URI.create(service.baseUrl() + "/api/users/3?delayMs=0"))
                        .timeout(NEVER_HANG).build(), HttpResponse.BodyHandlers.discarding());
                assertEquals(200, response.statusCode());
            } catch (IOException | InterruptedException e) {
                throw new AssertionError("the bystander was not served: " + e + "\n" + service.logTail(), e);
            }
            millis.add((System.nanoTime() - started) / 1_000_000);
        }
        long slowest = millis.stream().mapToLong(Long::longValue).max().orElseThrow();
        assertTrue(slowest <= BYSTANDER_P99.toMillis(), "the bystander's slowest of 50 took " + slowest + " ms");
    }

    /** Sends raw bytes on a new connection and reads the status of the answer; 0 if the service closed it without one. */
    private int statusOf(String raw) throws IOException {
        try (Socket socket = connect()) {
            socket.getOutputStream().write(raw.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String line = statusLine(socket.getInputStream());
            return line.isEmpty() ? 0 : Integer.parseInt(line.split(" ")[1]);
        }
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket("127.0.0.1", URI.create(service.baseUrl()).getPort());
        socket.setSoTimeout((int) NEVER_HANG.toMillis());
        return socket;
    }

    /** The first line of an answer; empty if the connection closed first. A read that times out is a hang: it fails. */
    private static String statusLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        try {
            for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
                line.append((char) c);
            }
        } catch (SocketTimeoutException e) {
            throw new AssertionError("no answer within " + NEVER_HANG + ": the service hung on this input", e);
        }
        return line.toString().trim();
    }

    private static String readAll(InputStream in) throws IOException {
        try {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (SocketTimeoutException e) {
            throw new AssertionError("the stalled request was never given up on", e);
        }
    }
}
