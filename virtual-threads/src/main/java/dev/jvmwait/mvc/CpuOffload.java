package dev.jvmwait.mvc;

import dev.jvmwait.domain.Fibonacci;
import dev.jvmwait.domain.Futures;
import dev.jvmwait.mvc.support.SettingsSource;
import jakarta.annotation.PreDestroy;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.stereotype.Component;

/**
 * Where CPU-bound work runs: on a pool of platform threads, one per core. Virtual threads are not
 * time-sliced, so a long computation on one would hold its carrier, and there are only as many
 * carriers as cores; the request's virtual thread parks cheaply while the pool computes.
 */
@Component
public class CpuOffload implements SettingsSource {

    private final int threads = Runtime.getRuntime().availableProcessors();
    private final ExecutorService pool = Executors.newFixedThreadPool(threads, Thread.ofPlatform().name("cpu-", 1).factory());

    public Fibonacci fibonacci(int n) {
        return Futures.await(pool.submit(() -> Fibonacci.compute(n)));
    }

    @Override
    public Map<String, Object> settings() {
        return Map.of("cpu work runs on", "a platform pool", "cpu pool threads", threads);
    }

    @PreDestroy
    void stop() {
        pool.shutdown();
    }
}
