package dev.jvmwait.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real PostgreSQL server from the Maven artifact: it serves SQL, allows the harness's pools, and keeps its data. */
class PostgresTest {

    @TempDir
    Path data;

    @Test
    void itServesSqlAllowsTheHarnessPoolsAndKeepsItsDataAcrossARestart() throws Exception {
        try (Postgres postgres = Postgres.start(0, data)) {
            assertTrue(postgres.url().startsWith("postgresql://postgres@127.0.0.1:"), postgres.url());
            try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl()); Statement sql = connection.createStatement()) {
                assertTrue(text(sql, "SELECT version()").startsWith("PostgreSQL 18"), text(sql, "SELECT version()"));
                assertEquals(Integer.toString(Postgres.MAX_CONNECTIONS), text(sql, "SHOW max_connections"));
                sql.execute("CREATE TABLE kept (n int)");
                sql.execute("INSERT INTO kept VALUES (42)");
            }
        }
        try (Postgres again = Postgres.start(0, data);
             Connection connection = DriverManager.getConnection(again.jdbcUrl()); Statement sql = connection.createStatement()) {
            assertEquals("42", text(sql, "SELECT n FROM kept"));
        }
    }

    private static String text(Statement sql, String query) throws Exception {
        try (ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
