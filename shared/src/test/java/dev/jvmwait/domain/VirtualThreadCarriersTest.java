package dev.jvmwait.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class VirtualThreadCarriersTest {

    @Test
    void theJdksDefaultIsOneCarrierPerCoreAndASetParallelismIsSaidAsSet() {
        String before = System.getProperty("jdk.virtualThreadScheduler.parallelism");
        try {
            System.clearProperty("jdk.virtualThreadScheduler.parallelism");
            assertEquals(Runtime.getRuntime().availableProcessors() + " (the JDK's default: one per core)",
                    VirtualThreadCarriers.describe());

            System.setProperty("jdk.virtualThreadScheduler.parallelism", "2");
            assertEquals("2 (jdk.virtualThreadScheduler.parallelism)", VirtualThreadCarriers.describe());
        } finally {
            if (before == null) {
                System.clearProperty("jdk.virtualThreadScheduler.parallelism");
            } else {
                System.setProperty("jdk.virtualThreadScheduler.parallelism", before);
            }
        }
    }
}
