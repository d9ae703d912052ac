package dev.jvmwait.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerJitTest {

    @Test
    void lendsOnlyCoresTheServerDoesNotHave() {
        assertTrue(ServerJit.lends("0", "1"));
        assertTrue(ServerJit.lends("0-2", "3"));
        assertFalse(ServerJit.lends("0-1", "0-1"), "not pinned: nothing to lend");
        assertFalse(ServerJit.lends(null, "1"), "no server");
    }

    @Test
    void findsThisJvmsCompilerThreads() throws Exception {
        ProcessCpu self = ProcessCpu.self();
        List<String> compilers = self.compilerThreadIds();
        assertFalse(compilers.isEmpty());
        for (String tid : compilers) {
            assertTrue(Files.readString(self.dir().resolve("task").resolve(tid).resolve("comm")).contains("CompilerThre"), tid);
        }
    }

    /**
     * A JVM pinned to core 0, as compare.sh pins a service: its compilers lent core 1 alone (beside the server's own
     * threads they got almost none of core 0), then kept on core 0 again.
     */
    @Test
    void movesAPinnedJvmsCompilersAndBack(@TempDir Path dir) throws Exception {
        assumeTrue(Runtime.getRuntime().availableProcessors() >= 2 && onPath("taskset"), "needs 2 cores and taskset");
        Path source = Files.writeString(dir.resolve("Idle.java"),
                "class Idle { public static void main(String[] a) throws Exception { Thread.sleep(60_000); } }");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process pinned = new ProcessBuilder("taskset", "-c", "0", java, source.toString()).start();
        try {
            ProcessCpu server = new ProcessCpu(pinned.pid());
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while ((server.allowedList() == null || server.compilerThreadIds().isEmpty()) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            String tid = server.compilerThreadIds().getFirst();
            ServerJit jit = new ServerJit(server, "1");

            jit.place(true);
            assertEquals("1", allowed(server, tid));
            jit.place(false);
            assertEquals("0", allowed(server, tid));
            assertEquals("0", server.allowedList(), "the other threads stay where they were");
        } finally {
            pinned.destroyForcibly().waitFor();
        }
    }

    private static String allowed(ProcessCpu process, String tid) throws Exception {
        return Files.readAllLines(process.dir().resolve("task").resolve(tid).resolve("status")).stream()
                .filter(line -> line.startsWith("Cpus_allowed_list:")).findFirst().orElseThrow()
                .substring("Cpus_allowed_list:".length()).trim();
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        return path != null && java.util.Arrays.stream(path.split(":")).anyMatch(d -> Files.isExecutable(Path.of(d, command)));
    }
}
