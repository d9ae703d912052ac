package dev.jvmwait.load;

import dev.jvmwait.results.WarmUpRule;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Warms a target until it is in a steady state, by {@link WarmUpRule}: once each user has had an answer (as many
 * answers as users), counts the answers per window and reads both JITs' CPU at each window's end, and stops once
 * each of the last few windows rose less than a few percent above the best window before it while the server's JIT
 * was not busy, or at the cap. Thread-safe: the virtual users ask {@link #running()} before each request.
 */
public final class SteadyState {

    private static final long WINDOW_MS = WarmUpRule.WINDOW_MS;
    private static final double RISE = WarmUpRule.RISE;
    private static final int QUIET_WINDOWS = WarmUpRule.QUIET_WINDOWS;

    /**
     * The CPU microseconds so far of a side's JIT compiler threads, and the cores that side has: a window's share is
     * the difference over the window ÷ (window × cores). {@link #NONE} where a side is not sampled.
     */
    public interface JitClock {
        long cpuUs();

        int cores();

        JitClock NONE = new JitClock() {
            @Override
            public long cpuUs() {
                return -1;
            }

            @Override
            public int cores() {
                return 1;
            }
        };

        /** The JIT of a process from {@code /proc}, on {@code cores} cores. */
        static JitClock of(ProcessCpu process, int cores) {
            return new JitClock() {
                @Override
                public long cpuUs() {
                    return process.jitCpuUs();
                }

                @Override
                public int cores() {
                    return cores;
                }
            };
        }

        /** The server's JIT, if Measure named the server's process ({@code -DserverPid}, {@code -DserverCores}). */
        static JitClock server() {
            String pid = System.getProperty("serverPid");
            return pid == null || pid.isBlank() ? NONE : of(new ProcessCpu(Long.parseLong(pid.trim())),
                    Integer.parseInt(System.getProperty("serverCores", "1")));
        }

        /** This JVM's JIT, on the cores it can run on. */
        static JitClock self() {
            return of(ProcessCpu.self(), Runtime.getRuntime().availableProcessors());
        }
    }

    /**
     * One window: the answers per second, and each JIT's share of its side's cores ({@code null}: not sampled). Only the
     * server's decides: the load generator's JIT competes with nothing but the load generator, on its own cores, and a
     * step where that made it busy is machine-bound; it is recorded, to be seen.
     */
    public record Window(double rps, Double serverJitShare, Double loadgenJitShare) {

        boolean jitQuiet() {
            return serverJitShare == null || serverJitShare < WarmUpRule.JIT_BUSY;
        }
    }

    private final long capMs;
    private final int users;
    private final boolean throughputSettles;
    private final String phase;
    private final JitClock serverJit;
    private final JitClock loadgenJit;
    private final AtomicLong answers = new AtomicLong();
    private final List<Window> windows = new ArrayList<>();
    private volatile long beginNs = -1;
    private volatile long windowsFromNs = -1;
    private volatile long nextWindowNs;
    private volatile boolean done;
    private boolean steady;
    private long elapsedMs;
    private long serverJitAtUs;
    private long loadgenJitAtUs;

    /**
     * A warm-up of at most {@code capS} seconds with {@code users} users. Its windows start once as many answers
     * have come back as there are users (each connection opened, one round trip each on average): before that,
     * a window counts how fast the users connect, not how fast the target serves.
     */
    public SteadyState(double capS, int users, JitClock serverJit, JitClock loadgenJit) {
        this("warm-up", capS, users, true, serverJit, loadgenJit);
    }

    /**
     * {@code phase}: what {@link Progress} calls it once done; {@code throughputSettles}: whether steady also needs the
     * throughput to stop rising; not for a mix of requests of very different costs, whose throughput moves with the mix,
     * not with the JIT.
     */
    public SteadyState(String phase, double capS, int users, boolean throughputSettles, JitClock serverJit, JitClock loadgenJit) {
        this.phase = phase;
        this.capMs = Math.round(capS * 1000);
        this.users = users;
        this.throughputSettles = throughputSettles;
        this.serverJit = serverJit;
        this.loadgenJit = loadgenJit;
    }

    /**
     * Whether these consecutive windows are steady: the last {@code QUIET_WINDOWS} each with the server's JIT quiet and, if
     * {@code throughputSettles}, within {@code RISE} of the best window before it.
     */
    static boolean steady(List<Window> windows, boolean throughputSettles) {
        if (windows.size() < QUIET_WINDOWS + 1) {
            return false;
        }
        for (int i = windows.size() - QUIET_WINDOWS; i < windows.size(); i++) {
            double bestBefore = windows.subList(0, i).stream().mapToDouble(Window::rps).max().orElse(0);
            if (throughputSettles && windows.get(i).rps() > bestBefore * (1 + RISE) || !windows.get(i).jitQuiet()) {
                return false;
            }
        }
        return true;
    }

    /** Starts the warm-up's clock (for the cap and the time reported) on the first call. */
    public void startOnce() {
        if (beginNs < 0) {
            synchronized (this) {
                if (beginNs < 0) {
                    beginNs = System.nanoTime();
                }
            }
        }
    }

    public void answered() {
        long count = answers.incrementAndGet();
        if (windowsFromNs < 0 && count >= users) {
            synchronized (this) {
                if (windowsFromNs < 0) {
                    answers.set(0);
                    serverJitAtUs = serverJit.cpuUs();
                    loadgenJitAtUs = loadgenJit.cpuUs();
                    windowsFromNs = System.nanoTime();
                    nextWindowNs = windowsFromNs + WINDOW_MS * 1_000_000;
                }
            }
        }
    }

    /** Whether the users should send another request: closes a window when its time is up, and decides. */
    public boolean running() {
        if (done) {
            return false;
        }
        long now = System.nanoTime();
        if (beginNs >= 0 && (now - beginNs) / 1_000_000 >= capMs) {
            synchronized (this) {
                if (!done) {
                    elapsedMs = (now - beginNs) / 1_000_000;
                    done = true;
                    Progress.warmedUp(phase, result());
                }
            }
        } else if (windowsFromNs >= 0 && now >= nextWindowNs) {
            synchronized (this) {
                if (!done && now >= nextWindowNs) {
                    long serverJitUs = serverJit.cpuUs();
                    long loadgenJitUs = loadgenJit.cpuUs();
                    windows.add(new Window(answers.getAndSet(0) * 1000.0 / WINDOW_MS,
                            share(serverJitAtUs, serverJitUs, serverJit.cores()),
                            share(loadgenJitAtUs, loadgenJitUs, loadgenJit.cores())));
                    serverJitAtUs = serverJitUs;
                    loadgenJitAtUs = loadgenJitUs;
                    nextWindowNs += WINDOW_MS * 1_000_000;
                    elapsedMs = (now - beginNs) / 1_000_000;
                    steady = steady(windows, throughputSettles);
                    done = steady || elapsedMs + WINDOW_MS > capMs;
                    if (done) {
                        Progress.warmedUp(phase, result());
                    }
                }
            }
        }
        return !done;
    }

    private static Double share(long beforeUs, long afterUs, int cores) {
        return beforeUs < 0 || afterUs < 0 ? null : (afterUs - beforeUs) / 1000.0 / WINDOW_MS / cores;
    }

    /** What the warm-up found: how long it ran, whether it reached a steady state (else the cap stopped it), and each window. */
    public synchronized Result result() {
        return new Result(elapsedMs / 1000.0, steady, List.copyOf(windows));
    }

    public record Result(double seconds, boolean steady, List<Window> windows) {

        /** Warm-ups run one after the other, as one: their time added, steady if each was, their windows in turn. */
        public static Result inTurn(List<Result> phases) {
            return new Result(phases.stream().mapToDouble(Result::seconds).sum(), phases.stream().allMatch(Result::steady),
                    phases.stream().flatMap(phase -> phase.windows().stream()).toList());
        }
    }
}
