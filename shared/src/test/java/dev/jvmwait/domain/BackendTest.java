package dev.jvmwait.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BackendTest {

    @Test
    void backendIsSleepUnlessOneIsNamed() {
        assertEquals(Backend.SLEEP, Backend.of(Map.of()));
        assertEquals(Backend.SLEEP, Backend.of(Map.of("BACKEND", " ")));
        assertEquals(Backend.POSTGRES, Backend.of(Map.of("BACKEND", "postgres")));
        assertEquals(Backend.HTTP, Backend.of(Map.of("BACKEND", "HTTP")));
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class, () -> Backend.of(Map.of("BACKEND", "mysql")));
        assertTrue(wrong.getMessage().contains("sleep, postgres or http"), wrong.getMessage());
    }

    @Test
    void anUnavailableBackendIsA503ThatNamesIt() {
        ApiException down = Backend.POSTGRES.unavailable();
        assertEquals(503, down.status());
        assertEquals("the database (postgres) is unavailable: try again later", down.detail());
        assertEquals("http", Backend.HTTP.label());
    }

    @Test
    void databaseUrlDefaultsToTheProjectsOwnPostgres() {
        DatabaseUrl own = DatabaseUrl.of(Map.of());
        assertEquals("jdbc:postgresql://127.0.0.1:5433/postgres", own.jdbcUrl());
        assertEquals("postgres", own.user());
        assertEquals("", own.password());
    }

    @Test
    void databaseUrlTakesUserPasswordHostPortAndDatabase() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://app:s%40cret@db.example:6543/shop");
        assertEquals(new DatabaseUrl("db.example", 6543, "shop", "app", "s@cret"), url);
        assertEquals("postgresql://db.example:6543/shop", url.reactiveUrl());
        assertEquals("postgresql://app@db.example:6543/shop", url.shown());
        assertEquals(5432, DatabaseUrl.parse("postgres://localhost/x").port());
        assertThrows(IllegalArgumentException.class, () -> DatabaseUrl.parse("mysql://localhost/x"));
    }

    @Test
    void aLookupThatWaitsSleepsInsideItsQuery() {
        assertEquals("SELECT id, name, email FROM users WHERE id = ?", UserQueries.jdbc(UserQueries.user(Duration.ZERO)));
        assertTrue(UserQueries.user(Duration.ofMillis(250)).startsWith("WITH pause AS (SELECT pg_sleep($1))"));
        assertEquals("WITH pause AS (SELECT pg_sleep(?)) SELECT id, user_id, title FROM posts, pause WHERE user_id = ? ORDER BY id",
                UserQueries.jdbc(UserQueries.posts(Duration.ofMillis(250))));
        assertArrayEquals(new Object[] {0.25, 42L}, UserQueries.parameters(42, Duration.ofMillis(250)));
        assertArrayEquals(new Object[] {42L}, UserQueries.parameters(42, Duration.ZERO));
    }
}
