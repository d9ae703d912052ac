package dev.jvmwait.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProcessCpuTest {

    @Test
    void countsTheCoresOfACpuList() {
        assertEquals(1, ProcessCpu.coresIn("0"));
        assertEquals(4, ProcessCpu.coresIn("0-3"));
        assertEquals(3, ProcessCpu.coresIn("0,2-3"));
    }

    @Test
    void readsTheCoresThisJvmMayRunOn() {
        int cores = ProcessCpu.self().allowedCores();
        assertTrue(cores >= Runtime.getRuntime().availableProcessors(), "allowed " + cores);
    }
}
