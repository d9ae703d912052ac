package dev.jvmwait.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A target over {@code BACKEND=postgres} started with {@code DB_POOL_SIZE=2}, against the project's real PostgreSQL
 * ({@link BackendProcess#postgres()}): the pool, not the style, bounds the queries in the database; and a database
 * that goes away is a 503 that names it, until it comes back.
 */
public abstract class DatabaseContract {

    /** The pool size the subclass starts its service with. */
    public static final int POOL = 2;

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
    void thePoolBoundsTheQueriesInTheDatabaseWhateverTheStyle() throws Exception {
        for (String baseUrl : baseUrls()) {
            sixQueriesThroughTwoConnections(baseUrl);
        }
    }

    private static void sixQueriesThroughTwoConnections(String baseUrl) throws Exception {
        int requests = 3 * POOL;
        AtomicInteger most = new AtomicInteger();
        AtomicBoolean done = new AtomicBoolean();
        // its own thread: the common pool may have one worker on two cores, and the HTTP client's stages need it
        Thread watcher = Thread.ofPlatform().name("pg_stat_activity-watcher").start(() -> watchSleepingQueries(most, done));
        long started = System.nanoTime();
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 1; i <= requests; i++) {
            answers.add(HTTP.sendAsync(HttpRequest.newBuilder(URI.create(baseUrl + "/api/users/" + i + "?delayMs=1000"))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString()));
        }
        for (CompletableFuture<HttpResponse<String>> answer : answers) {
            assertEquals(200, answer.get().statusCode(), answer.get().body());
        }
        long elapsedMs = (System.nanoTime() - started) / 1_000_000;
        done.set(true);
        watcher.join();

        assertEquals(POOL, most.get(), baseUrl + ": the most 1-second queries seen in pg_stat_activity at once");
        // six 1 s queries through two connections take three rounds: at least 3 s, however the style waits
        assertTrue(elapsedMs >= 2_900, baseUrl + ": " + requests + " requests through a pool of " + POOL + " took only "
                + elapsedMs + " ms");
    }

    @Test
    @Timeout(120)
    void aDatabaseThatIsDownIsA503NamingItAndTheServiceRecoversWhenItIsBack() throws Exception {
        BackendProcess postgres = BackendProcess.postgres();
        for (String baseUrl : baseUrls()) {
            assertEquals(200, get(baseUrl + "/api/users/7?delayMs=0").statusCode(), baseUrl);
        }
        postgres.stop();
        try {
            for (String baseUrl : baseUrls()) {
                HttpResponse<String> down = get(baseUrl + "/api/users/7/dashboard?delayMs=0");
                assertEquals(503, down.statusCode(), baseUrl + ": " + down.body());
                assertEquals("application/problem+json", down.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""));
                assertTrue(down.body().contains("the database (postgres) is unavailable"), down.body());
                assertTrue(!down.body().contains("Exception") && !down.body().contains("org.postgresql"), down.body());
            }
        } finally {
            postgres.start();
        }
        for (String baseUrl : baseUrls()) {
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            int status = 0;
            while (System.nanoTime() < deadline && status != 200) {
                status = get(baseUrl + "/api/users/7?delayMs=0").statusCode();
                if (status != 200) {
                    Thread.sleep(200);
                }
            }
            assertEquals(200, status, baseUrl + " answers again once the database is back");
            assertEquals(200, get(baseUrl + "/api/users/7/dashboard?delayMs=0").statusCode(), baseUrl);
        }
    }

    private static void watchSleepingQueries(AtomicInteger most, AtomicBoolean done) {
        try (Connection connection = BackendProcess.postgres().connect(); Statement statement = connection.createStatement()) {
            while (!done.get()) {
                try (ResultSet count = statement.executeQuery("SELECT count(*) FROM pg_stat_activity "
                        + "WHERE state = 'active' AND query LIKE '%pg_sleep%' AND pid <> pg_backend_pid()")) {
                    count.next();
                    most.accumulateAndGet(count.getInt(1), Math::max);
                }
                Thread.sleep(20);
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not watch pg_stat_activity", e);
        }
    }
}
