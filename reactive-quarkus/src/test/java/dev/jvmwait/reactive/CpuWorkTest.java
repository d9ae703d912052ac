package dev.jvmwait.reactive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jvmwait.domain.Fibonacci;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** CPU work leaves the event loop for the Quarkus worker pool, and its answer comes back whole. */
@QuarkusTest
class CpuWorkTest {

    @Inject
    CpuWork cpu;

    @Test
    void fibonacciRunsOnTheQuarkusWorkerPool() {
        String thread = cpu.fibonacci(20).map(ignored -> Thread.currentThread().getName())
                .await().atMost(Duration.ofSeconds(30));
        assertTrue(thread.startsWith("executor-thread-"), thread);
    }

    @Test
    void fibonacciComesBackFromTheWorkerPool() {
        assertEquals(new Fibonacci(30, 832040), cpu.fibonacci(30).await().atMost(Duration.ofSeconds(30)));
    }
}
