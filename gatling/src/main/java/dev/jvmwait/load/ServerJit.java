package dev.jvmwait.load;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Where the server's JIT compiler threads may run in the past-capacity experiment: on the load generator's cores alone
 * between measured windows, on the server's alone in them. A service pinned to one core compiles its request path for a
 * minute under load, the compiler one thread among the request threads (in a fresh {@code virtual} process C2 compiled
 * 347 methods more than 30 s after its start, Tomcat's and Spring's request path among them, and took 18% and 28% of
 * the core in the first bounded steps' windows). Lent the load generator's core while nothing is measured, it compiles
 * there, where Gatling leaves most of a core idle in a warm-up. Only that core: lent both, a compiler thread woken on
 * the server's core stayed there, where {@code blocking}'s capacity step has some 160 runnable request threads pinned
 * beside it (its run-queue wait, {@code /proc/<pid>/task/<tid>/schedstat}: 38% of the step against 15% running), and
 * a fresh {@code blocking} process measured its capacity at 130-192 rps where the same process served 207-252 after the
 * bounded steps (four runs on 2026-11-30); lent the load generator's core alone, 253, 240 and 220 against 246, 213
 * and 225. In every window the whole server is on its own cores again, so the comparison's split holds where it counts;
 * a window that still catches the JIT compiling says so ({@code server_jit_share}).
 *
 * <p>Only where Measure asked for it ({@link #PROPERTY}), compare.sh pinned the server ({@code -DserverPid}) to cores
 * other than this JVM's, and {@code taskset} is there; otherwise nothing moves. The moves run in order on one thread,
 * off Gatling's.
 */
public final class ServerJit {

    private static final ServerJit INSTANCE = ofServer(System.getProperty("serverPid"));

    private final ProcessCpu server;
    private final String serverCores;
    private final String loadgenCores;
    private final ScheduledExecutorService moves = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("server-jit").factory());
    private volatile boolean broken;

    /** The server's compilers, lent {@code loadgenCores} where those are not the server's own; else none moves. */
    ServerJit(ProcessCpu server, String loadgenCores) {
        String own = server == null ? null : server.allowedList();
        boolean lends = lends(own, loadgenCores);
        this.server = lends ? server : null;
        this.serverCores = own;
        this.loadgenCores = loadgenCores;
    }

    private static ServerJit ofServer(String pid) {
        return new ServerJit(pid == null || pid.isBlank() ? null : new ProcessCpu(Long.parseLong(pid.trim())),
                ProcessCpu.self().allowedList());
    }

    /** Whether a server on {@code serverCores} has other cores to borrow: the load generator's are not the same. */
    static boolean lends(String serverCores, String loadgenCores) {
        return serverCores != null && loadgenCores != null && !serverCores.equals(loadgenCores);
    }

    /**
     * Whether this run lends them: the past-capacity experiment's, where Measure sets it ({@link #PROPERTY}). Not the
     * lessons' (their warm-up waits for a quiet JIT), nor the passes over a real backend, which runs on the load
     * generator's core (the one default run that lent them everywhere, 11:06 UTC on 2026-11-30, read 7 of its 20 pool
     * steps machine-bound, the load generator's side at 80-95% of its core; not proven their doing, but not risked).
     */
    public static final String PROPERTY = "lendServerJit";

    /** Lends the server's compilers the load generator's cores from now on (a step's warm-up, or the server's start). */
    static void lend() {
        INSTANCE.move(0, true);
    }

    /**
     * Keeps the compilers on the server's cores from {@code fromMs} (epoch) for {@code forMs}, a measured window, then
     * lends them again.
     */
    static void confineDuring(long fromMs, long forMs) {
        long inMs = Math.max(0, fromMs - System.currentTimeMillis());
        INSTANCE.move(inMs, false);
        INSTANCE.move(inMs + forMs, true);
    }

    private void move(long inMs, boolean lent) {
        if (server != null && !broken && Boolean.getBoolean(PROPERTY)) {
            moves.schedule(() -> place(lent), inMs, TimeUnit.MILLISECONDS);
        }
    }

    /** {@code taskset -p -c CORES TID} for each compiler thread the server has now: lent the load generator's, or its own. */
    void place(boolean lent) {
        if (server == null) {
            return;
        }
        String cores = lent ? loadgenCores : serverCores;
        for (String tid : server.compilerThreadIds()) {
            try {
                Process taskset = new ProcessBuilder(List.of("taskset", "-p", "-c", cores, tid))
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                if (!taskset.waitFor(2, TimeUnit.SECONDS)) {
                    taskset.destroy();
                }
                // A thread that ended since it was listed fails to move; the others still do.
            } catch (IOException e) {
                broken = true; // no taskset: the compilers stay where the server is
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
