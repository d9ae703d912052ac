package dev.jvmwait.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoreSpeedTest {

    @Test
    void aWindowsSpeedIsTheMeanOfItsReadings(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("core-speed.txt"), "1000 300.00\n1100 400.00\n1200 500.00\n1300 900.00\n");

        CoreSpeed.Readings readings = CoreSpeed.read(file);

        assertEquals(450.0, readings.mean(1100, 1300).orElseThrow(), 1e-9, "from inclusive, to exclusive");
        assertTrue(readings.mean(2000, 3000).isEmpty(), "no reading in the window");
        assertTrue(CoreSpeed.read(dir.resolve("none.txt")).mean(0, 3000).isEmpty(), "no probe ran");
        assertTrue(CoreSpeed.read(null).mean(0, 3000).isEmpty());
    }

    /** The probe itself, for a few of its readings: one line each, a time and a positive speed. */
    @Test
    void theProbeWritesReadings(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("core-speed.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process probe = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), CoreSpeed.class.getName(),
                file.toString()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while ((!Files.exists(file) || Files.readAllLines(file).size() < 3) && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            String[] first = Files.readAllLines(file).getFirst().split(" ");
            assertTrue(Math.abs(Long.parseLong(first[0]) - System.currentTimeMillis()) < 60_000, first[0]);
            assertTrue(Double.parseDouble(first[1]) > 0, first[1]);
        } finally {
            probe.destroyForcibly().waitFor();
        }
    }
}
