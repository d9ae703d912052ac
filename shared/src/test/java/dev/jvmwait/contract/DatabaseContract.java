package dev.jvmwait.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
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

    /** The base URLs of the targets the service serves, e.g. {@code http://127.0.0.1:8083/kotlin}. */
    protected abstract List<String> baseUrls();

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
            answers.add(Outage.HTTP.sendAsync(HttpRequest.newBuilder(URI.create(baseUrl + "/api/users/" + i + "?delayMs=1000"))
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

    /** Callers that give up while both connections are busy must not cost the pool one: afterwards it still serves. */
    @Test
    @Timeout(120)
    void callersThatGiveUpWhileThePoolIsFullDoNotLeakItsConnections() throws Exception {
        // what was already sent finishes within 3 s: at most 10 × 500 ms on two connections
        Outage.abandonWhileThePoolIsFull(baseUrls(), 5 * POOL, 500, 200, 3_000);
    }

    @Test
    @Timeout(120)
    void aDatabaseThatIsDownIsA503NamingItAndTheServiceRecoversWhenItIsBack() throws Exception {
        Outage.check(BackendProcess.postgres(), baseUrls(), "the database (postgres) is unavailable", "Exception", "org.postgresql");
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
