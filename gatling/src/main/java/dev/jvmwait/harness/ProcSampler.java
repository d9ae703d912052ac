package dev.jvmwait.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Samples two processes from {@code /proc} every {@code periodMs}: the server (CPU time, resident
 * memory, threads) and this load generator (CPU time), so that each step can say which side was busy.
 */
public final class ProcSampler implements AutoCloseable {

    /** One sample; CPU times in microseconds, memory in kB; -1 where the server was not readable. */
    public record Sample(long atMs, long serverCpuUs, long serverRssKb, long serverThreads, long loadgenCpuUs) {
    }

    private static final long TICK_US = 10_000; // USER_HZ is 100 on every Linux the JDK runs on

    private final Long serverPid;
    private final List<Sample> samples = new CopyOnWriteArrayList<>();
    private final Thread thread;
    private volatile boolean running = true;

    public ProcSampler(Long serverPid, long periodMs) {
        this.serverPid = serverPid;
        this.thread = Thread.ofPlatform().daemon().name("proc-sampler").start(() -> {
            while (running) {
                sample();
                try {
                    Thread.sleep(periodMs);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
    }

    public List<Sample> samples() {
        return List.copyOf(samples);
    }

    private void sample() {
        long now = System.currentTimeMillis();
        long loadgen = cpuUs(Path.of("/proc/self/stat"));
        if (serverPid == null) {
            samples.add(new Sample(now, -1, -1, -1, loadgen));
            return;
        }
        Path dir = Path.of("/proc", serverPid.toString());
        long cpu = cpuUs(dir.resolve("stat"));
        long rss = -1;
        long threads = -1;
        try {
            for (String line : Files.readAllLines(dir.resolve("status"))) {
                if (line.startsWith("VmRSS:")) {
                    rss = Long.parseLong(line.replaceAll("\\D", ""));
                } else if (line.startsWith("Threads:")) {
                    threads = Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // the server has gone; the step will show it through its errors
        }
        samples.add(new Sample(now, cpu, rss, threads, loadgen));
    }

    /** utime + stime of a {@code /proc/<pid>/stat}, in microseconds; -1 if unreadable. */
    static long cpuUs(Path stat) {
        try {
            String text = Files.readString(stat);
            String[] fields = text.substring(text.lastIndexOf(')') + 2).split(" ");
            // fields[0] is the state (field 3 of stat), so utime (14) and stime (15) are at 11 and 12
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * TICK_US;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        sample();
    }
}
