package dev.jvmwait.contract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A real backend for the services' tests, started as the harness starts it: the project's PostgreSQL
 * ({@code postgres/target/postgres.jar}) or the HTTP upstream ({@code upstream/target/upstream.jar}), each in its own
 * process on a free port, one of each per test JVM, stopped when the JVM exits. A test can stop one and start it again
 * on the same port (and, for PostgreSQL, the same data) to see a service through an outage.
 *
 * <p>One per JVM, not per class loader: Quarkus loads a test profile in a class loader of its own, so where each
 * backend runs (its port, its data, its process) is kept in system properties that every loader's copy reads.
 */
public final class BackendProcess {

    private static final String KEY = "jvmwait.test.backend.";

    private final String name;
    private final Path jar;
    private final String readyLine;
    private final int port;
    private final Path data;
    private final Deque<String> output = new ArrayDeque<>();

    private BackendProcess(String name, String readyLine, int port, Path data) {
        this.name = name;
        this.jar = jar(name);
        this.readyLine = readyLine;
        this.port = port;
        this.data = data;
    }

    /** The project's PostgreSQL with a fresh data directory, started on first use; the services migrate it. */
    public static synchronized BackendProcess postgres() {
        return find("postgres", "postgres: ready at", true);
    }

    /** The project's HTTP upstream, started on first use. */
    public static synchronized BackendProcess upstream() {
        return find("upstream", "upstream: listening on", false);
    }

    private static BackendProcess find(String name, String readyLine, boolean keepsData) {
        String known = System.getProperty(KEY + name);
        if (known != null) {
            String[] where = known.split(";", 2);
            return new BackendProcess(name, readyLine, Integer.parseInt(where[0]), where[1].isEmpty() ? null : Path.of(where[1]));
        }
        BackendProcess backend = new BackendProcess(name, readyLine, freePort(), keepsData ? temporaryDirectory(name + "-data-") : null);
        System.setProperty(KEY + name, backend.port + ";" + (backend.data == null ? "" : backend.data));
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(() -> {
            backend.stop();
            delete(backend.data);
        }));
        backend.start();
        return backend;
    }

    /** {@code DATABASE_URL} for PostgreSQL, {@code UPSTREAM_URL} for the upstream. */
    public String url() {
        return name.equals("postgres") ? "postgresql://postgres@127.0.0.1:" + port + "/postgres" : "http://127.0.0.1:" + port;
    }

    /** A connection of the test's own, to look inside the database (JDBC's driver comes with the service under test). */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", "");
    }

    /** Starts the process, unless it runs, and waits for the line that says it serves, or fails with what it printed. */
    public synchronized void start() {
        if (process().isPresent()) {
            return;
        }
        Process process = null;
        try {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            ProcessBuilder builder = new ProcessBuilder(List.of(java, "-Xmx256m", "-jar", jar.toString())).redirectErrorStream(true);
            builder.environment().put("PORT", Integer.toString(port));
            builder.environment().put("HOST", "127.0.0.1");
            if (data != null) {
                builder.environment().put("PGDATA", data.toString());
            }
            process = builder.start();
            System.setProperty(KEY + name + ".pid", Long.toString(process.pid()));
            CompletableFuture<Boolean> ready = new CompletableFuture<>();
            Process started = process;
            Thread.ofPlatform().daemon().name(name + "-output").start(() -> read(started, ready));
            if (!ready.get(120, TimeUnit.SECONDS)) {
                throw new IllegalStateException("it exited before it was ready");
            }
        } catch (Exception e) {
            if (process != null) {
                process.destroyForcibly();
            }
            throw new IllegalStateException(name + " did not start: " + e.getMessage() + "\n" + output(), e);
        }
    }

    /** SIGTERM, as compare.sh stops it, and waits for the process to exit. */
    public synchronized void stop() {
        process().ifPresent(process -> {
            process.destroy();
            try {
                process.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                process.destroyForcibly();
            }
        });
    }

    private Optional<ProcessHandle> process() {
        String pid = System.getProperty(KEY + name + ".pid");
        return pid == null ? Optional.empty() : ProcessHandle.of(Long.parseLong(pid)).filter(ProcessHandle::isAlive);
    }

    private void read(Process started, CompletableFuture<Boolean> ready) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(started.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                synchronized (output) {
                    output.addLast(line);
                    if (output.size() > 40) {
                        output.removeFirst();
                    }
                }
                if (line.contains(readyLine)) {
                    ready.complete(true);
                }
            }
        } catch (IOException ignored) {
            // the process is gone; what it said is in output
        }
        ready.complete(false);
    }

    private String output() {
        synchronized (output) {
            return String.join("\n", output);
        }
    }

    private static Path jar(String module) {
        Path jar = Path.of("..", module, "target", module + ".jar").toAbsolutePath().normalize();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is not built: build its module first (./mvnw -B package -pl " + module + ")");
        }
        return jar;
    }

    /** The test's database is a few hundred MB: it goes with the JVM that made it. */
    private static void delete(Path directory) {
        if (directory == null) {
            return;
        }
        try (var paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a leftover in the temporary directory, not a failed test
        }
    }

    private static Path temporaryDirectory(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
