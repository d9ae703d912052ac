package dev.jvmwait.mvc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jvmwait.domain.CpuPool;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Lesson 5 on one carrier: CPU work on a virtual thread holds the carrier; offloaded, it leaves it to the others. */
class CarrierStarvationTest {

    /** Only so that a spin that nothing stops still ends. */
    private static final Duration SPIN_CAP = Duration.ofSeconds(3);

    private final List<String> finished = new CopyOnWriteArrayList<>();
    private final CountDownLatch spinning = new CountDownLatch(1);
    private final AtomicBoolean bystanderRan = new AtomicBoolean();

    // The scheduler reads its size once, before the first virtual thread: the pom starts a JVM for this class alone.
    @BeforeAll
    static void oneCarrier() {
        assertEquals("1", System.getProperty("jdk.virtualThreadScheduler.parallelism"),
                "this test needs a JVM with one carrier: run it through Maven, whose surefire execution sets it");
    }

    @Test
    void cpuWorkOnTheOnlyCarrierKeepsABystanderVirtualThreadWaitingUntilItEnds() throws InterruptedException {
        Thread spinner = Thread.ofVirtual().start(() -> {
            spin();
            finished.add("spin");
        });
        runBystanderAndJoin(spinner);

        assertEquals(List.of("spin", "bystander"), finished);
    }

    @Test
    void cpuWorkOffloadedToTheCpuPoolLetsTheBystanderFinishFirst() throws InterruptedException {
        try (CpuPool pool = new CpuPool()) {
            Thread spinner = Thread.ofVirtual().start(() -> {
                pool.compute(() -> {
                    spin();
                    return null;
                });
                finished.add("spin");
            });
            runBystanderAndJoin(spinner);
        }

        assertEquals(List.of("bystander", "spin"), finished);
    }

    /** Once the spin has begun, starts a virtual thread that only says it ran, and waits for both. */
    private void runBystanderAndJoin(Thread spinner) throws InterruptedException {
        spinning.await();
        Thread bystander = Thread.ofVirtual().start(() -> {
            finished.add("bystander");
            bystanderRan.set(true);
        });
        bystander.join();
        spinner.join();
    }

    /** Busy on the CPU until the bystander has run, or until the cap. */
    private void spin() {
        spinning.countDown();
        long end = System.nanoTime() + SPIN_CAP.toNanos();
        while (!bystanderRan.get() && System.nanoTime() < end) {
            Thread.onSpinWait();
        }
    }
}
