package dev.jvmwait.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProcessTreeCpuTest {

    @Test
    void countsTheCpuOfAChildProcessUnderItsRoot() throws Exception {
        // A child that burns CPU until it is stopped, under this JVM as the root: the tree's CPU grows by it.
        Process child = new ProcessBuilder("sh", "-c", "i=0; while :; do i=$((i + 1)); done").start();
        try {
            ProcessTreeCpu tree = new ProcessTreeCpu(List.of(ProcessHandle.current().pid()));
            ProcessCpu self = ProcessCpu.self();
            long treeBefore = tree.cpuUs();
            long selfBefore = self.cpuUs();
            Thread.sleep(1200);
            long treeGrew = tree.cpuUs() - treeBefore;
            long selfGrew = self.cpuUs() - selfBefore;
            assertTrue(treeGrew - selfGrew >= 300_000, "the busy child's CPU was not counted: tree +" + treeGrew + " µs, self +" + selfGrew);
        } finally {
            child.destroyForcibly().waitFor();
        }
    }

    @Test
    void aRootThatIsGoneReadsAsUnknown() {
        assertEquals(-1, new ProcessTreeCpu(List.of(Long.MAX_VALUE - 1)).cpuUs());
    }
}
