package dev.jvmwait.harness;

import dev.jvmwait.load.ProcessCpu;
import dev.jvmwait.load.ProcessTreeCpu;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Samples from {@code /proc} every {@code periodMs}: the server (CPU time, its JIT compilers' CPU time, resident
 * memory, threads), this load generator (CPU time, its JIT compilers'), and the backend's processes if the run
 * started one (CPU time), so that each step can say which side was busy, and whether a JIT was still compiling.
 */
public final class ProcSampler implements AutoCloseable {

    /** One sample; CPU times in microseconds, memory in kB; -1 where the server (or the backend) was not readable. */
    public record Sample(long atMs, long serverCpuUs, long serverJitCpuUs, long serverRssKb, long serverThreads,
                         long loadgenCpuUs, long loadgenJitCpuUs, long backendCpuUs) {
    }

    private final ProcessCpu server;
    private final ProcessCpu loadgen = ProcessCpu.self();
    private final ProcessTreeCpu backend;
    private final List<Sample> samples = new CopyOnWriteArrayList<>();
    private final Thread thread;
    private volatile boolean running = true;

    /** {@code backendPids}: the backend's processes (each with its descendants); empty if the run started none. */
    public ProcSampler(Long serverPid, List<Long> backendPids, long periodMs) {
        this.server = serverPid == null ? null : new ProcessCpu(serverPid);
        this.backend = backendPids.isEmpty() ? null : new ProcessTreeCpu(backendPids);
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

    private synchronized void sample() {
        long now = System.currentTimeMillis();
        long loadgenCpu = loadgen.cpuUs();
        long loadgenJit = loadgen.jitCpuUs();
        long backendCpu = backend == null ? -1 : backend.cpuUs();
        if (server == null) {
            samples.add(new Sample(now, -1, -1, -1, -1, loadgenCpu, loadgenJit, backendCpu));
            return;
        }
        long cpu = server.cpuUs();
        long jit = server.jitCpuUs();
        long rss = -1;
        long threads = -1;
        try {
            for (String line : Files.readAllLines(server.dir().resolve("status"))) {
                if (line.startsWith("VmRSS:")) {
                    rss = Long.parseLong(line.replaceAll("\\D", ""));
                } else if (line.startsWith("Threads:")) {
                    threads = Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // the server has gone; the step will show it through its errors
        }
        samples.add(new Sample(now, cpu, jit, rss, threads, loadgenCpu, loadgenJit, backendCpu));
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        sample();
    }
}
