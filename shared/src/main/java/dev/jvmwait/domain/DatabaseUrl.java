package dev.jvmwait.domain;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * {@code DATABASE_URL}: {@code postgresql://user:password@host:port/database} (API.md "Backends"), by default the
 * PostgreSQL the project starts itself ({@link #DEFAULT}). Each style's client takes it in its own form: a JDBC URL and
 * credentials, or the Vert.x client's host, port and database.
 */
public record DatabaseUrl(String host, int port, String database, String user, String password) {

    /** The PostgreSQL the project starts ({@code postgres} module): trust authentication on loopback. */
    public static final String DEFAULT = "postgresql://postgres@127.0.0.1:5433/postgres";

    public static DatabaseUrl of(Map<String, String> environment) {
        String value = environment.get("DATABASE_URL");
        return parse(value == null || value.isBlank() ? DEFAULT : value.trim());
    }

    public static DatabaseUrl parse(String url) {
        URI uri = URI.create(url);
        if (!"postgresql".equals(uri.getScheme()) && !"postgres".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException("DATABASE_URL must be postgresql://user:password@host:port/database, not " + url);
        }
        String user = "postgres";
        String password = "";
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = decode(parts[0]);
            password = parts.length > 1 ? decode(parts[1]) : "";
        }
        String database = uri.getPath() == null || uri.getPath().length() <= 1 ? "postgres" : uri.getPath().substring(1);
        return new DatabaseUrl(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(), database, user, password);
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /** The URL without user or password, as the Vert.x client takes it (credentials apart). */
    public String reactiveUrl() {
        return "postgresql://" + host + ":" + port + "/" + database;
    }

    /** The URL without its password: what logs and {@code /internal/settings} may show. */
    public String shown() {
        return "postgresql://" + user + "@" + host + ":" + port + "/" + database;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
