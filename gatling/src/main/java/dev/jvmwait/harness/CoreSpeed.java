package dev.jvmwait.harness;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * How fast the server's core computes, read by a probe on that core: compare.sh starts it pinned beside the services.
 * Every 100 ms it runs the same loop for half a millisecond of its own CPU time and writes how much of the loop it did
 * per CPU microsecond ({@code <epoch ms> <work per µs>}, one line a reading): 0.5% of the core, taken alike from every
 * service.
 *
 * <p>Why: on a shared host the core's speed moves by up to twice within a minute, and the guest is not told (this
 * machine's {@code /proc/stat} reports no steal time): the same service, in the same process, served the same request
 * for 4,259 µs of CPU in one closed step and for 8,597 µs in another a minute later, its JIT quiet in both. A time-shared
 * or throttled core shows in this loop as it does in the requests: a reading is the work done per microsecond of CPU
 * time the guest counted, so a core the host took away part of the time reads slower, however little of it the probe
 * got. At the services' priority it gets its slice beside the busiest of them (at the lowest, {@code nice -n 19}, it got
 * none for seconds beside {@code blocking}'s 200 threads), some 20 readings in a 2 s window.
 *
 * <pre>java -cp ... dev.jvmwait.harness.CoreSpeed results/.../logs/core-speed.txt</pre>
 */
public final class CoreSpeed {

    static final long PERIOD_MS = 100;
    static final long BURST_CPU_NS = 500_000;
    /** The first readings, while the JIT compiles the loop, are not written. */
    static final long SETTLE_MS = 2_000;
    private static final int CHUNK = 2_000;

    private CoreSpeed() {
    }

    public static void main(String[] args) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sink = 0;
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8)) {
            long flushedMs = 0;
            long startedMs = System.currentTimeMillis();
            while (true) {
                long startNs = threads.getCurrentThreadCpuTime();
                long work = 0;
                long spentNs;
                do {
                    sink += chunk(sink);
                    work += CHUNK;
                    spentNs = threads.getCurrentThreadCpuTime() - startNs;
                } while (spentNs < BURST_CPU_NS);
                long now = System.currentTimeMillis();
                if (now - startedMs >= SETTLE_MS) {
                    out.write(now + " " + String.format(Locale.ROOT, "%.2f", work * 1000.0 / spentNs) + "\n");
                }
                if (now - flushedMs >= 1000) {
                    out.flush();
                    flushedMs = now;
                }
                Thread.sleep(PERIOD_MS);
            }
        } finally {
            System.out.println(sink); // keeps the loop's result alive
        }
    }

    /** A fixed piece of integer work: an xorshift chain, {@link #CHUNK} steps. */
    static long chunk(long seed) {
        long x = seed | 1;
        for (int i = 0; i < CHUNK; i++) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
        }
        return x;
    }

    /** A probe's file, read once: its readings in order; none if there is no file, or it cannot be read. */
    static Readings read(Path file) {
        if (file == null || !Files.exists(file)) {
            return new Readings(List.of());
        }
        try {
            return new Readings(Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(line -> line.trim().split(" "))
                    .filter(f -> f.length == 2).map(f -> new Reading(Long.parseLong(f[0]), Double.parseDouble(f[1]))).toList());
        } catch (IOException | RuntimeException e) {
            return new Readings(List.of());
        }
    }

    /** One reading: when (epoch ms), and the work done per microsecond of CPU time. */
    record Reading(long atMs, double speed) {
    }

    record Readings(List<Reading> all) {

        /** The mean of the readings in {@code [fromMs, toMs)}; empty if there is none. */
        OptionalDouble mean(long fromMs, long toMs) {
            return all.stream().filter(r -> r.atMs() >= fromMs && r.atMs() < toMs).mapToDouble(Reading::speed).average();
        }
    }
}
