package dev.jvmwait.quarkus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jvmwait.domain.CpuPool;
import dev.jvmwait.quarkus.virtual.CpuOffload;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Lesson 5 with a single carrier (the surefire execution one-carrier sets it for this JVM): virtual
 * threads are not time-sliced, so CPU work on a virtual thread keeps a bystander virtual thread from
 * running until it is done; offloaded to /virtual/api's CpuPool, it lets the bystander run at once.
 * The CPU work spins until the bystander has run, or for at most {@link #CAP} so that it ends.
 */
class VirtualCarrierTest {

    private static final Duration CAP = Duration.ofSeconds(2);

    private final CpuOffload offload = new CpuOffload();
    private final List<String> order = new CopyOnWriteArrayList<>();
    private final AtomicBoolean bystanderRan = new AtomicBoolean();

    @BeforeAll
    static void oneCarrier() {
        assertEquals("1", System.getProperty("jdk.virtualThreadScheduler.parallelism"),
                "run by the surefire execution one-carrier, which gives the JVM a single carrier");
    }

    @AfterEach
    void closePool() {
        offload.pool().close();
    }

    @Test
    void cpuWorkOnTheCarrierDelaysABystanderVirtualThread() throws InterruptedException {
        runWithBystander(() -> spin());
        assertEquals(List.of("CPU work done", "bystander ran"), order);
    }

    @Test
    void cpuWorkOffloadedToThePoolLetsABystanderRunMeanwhile() throws InterruptedException {
        CpuPool pool = offload.pool();
        runWithBystander(() -> pool.compute(() -> {
            spin();
            return null;
        }));
        assertEquals(List.of("bystander ran", "CPU work done"), order);
    }

    /** Starts the work on a virtual thread and, once it is running, a bystander that only records that it ran. */
    private void runWithBystander(Runnable work) throws InterruptedException {
        CountDownLatch working = new CountDownLatch(1);
        Thread worker = Thread.ofVirtual().start(() -> {
            working.countDown();
            work.run();
            order.add("CPU work done");
        });
        working.await();
        Thread bystander = Thread.ofVirtual().start(() -> {
            order.add("bystander ran");
            bystanderRan.set(true);
        });
        worker.join();
        bystander.join();
    }

    private void spin() {
        long deadline = System.nanoTime() + CAP.toNanos();
        while (!bystanderRan.get() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
    }
}
