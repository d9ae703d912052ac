package dev.jvmwait.harness;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The server's heap in use, every 250 ms, from outside and without a GC: the JDK's {@code jstat -gc}, which reads the
 * counters the JVM publishes in shared memory (hsperfdata), so the server does no work for it. In use = survivors,
 * eden and old generation ({@code S0U + S1U + EU + OU}). One process for the whole run, on the load generator's cores.
 */
final class HeapSampler implements AutoCloseable {

    /** One reading: when (epoch ms) and the heap in use (kB). */
    record Sample(long atMs, double usedKb) {
    }

    private static final List<String> USED = List.of("S0U", "S1U", "EU", "OU");

    private final Process jstat;
    private final List<Sample> samples = new CopyOnWriteArrayList<>();

    HeapSampler(long serverPid) throws IOException {
        Path binary = Path.of(System.getProperty("java.home"), "bin", "jstat");
        jstat = new ProcessBuilder(binary.toString(), "-gc", Long.toString(serverPid), "250").redirectErrorStream(true).start();
        Thread.ofPlatform().daemon().name("heap-sampler").start(this::read);
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(jstat.getInputStream(), StandardCharsets.UTF_8))) {
            int[] columns = null;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                List<String> cells = Arrays.asList(line.trim().split("\\s+"));
                if (cells.contains("EU")) {
                    columns = USED.stream().mapToInt(cells::indexOf).toArray();
                } else if (columns != null && cells.size() > Arrays.stream(columns).max().orElse(0)) {
                    double used = 0;
                    for (int column : columns) {
                        used += Double.parseDouble(cells.get(column));
                    }
                    samples.add(new Sample(System.currentTimeMillis(), used));
                }
            }
        } catch (IOException | RuntimeException e) {
            // the server has gone (jstat ends with it) or printed something else: the samples so far stand
        }
    }

    /** The highest heap in use between two instants, in MiB; {@code null} if no reading fell between them. */
    Double peakMb(long fromMs, long toMs) {
        OptionalDouble peakKb = samples.stream().filter(s -> s.atMs() >= fromMs && s.atMs() <= toMs)
                .mapToDouble(Sample::usedKb).max();
        return peakKb.isEmpty() ? null : Math.round(peakKb.getAsDouble() / 1024.0 * 10) / 10.0;
    }

    @Override
    public void close() {
        jstat.destroy();
    }
}
