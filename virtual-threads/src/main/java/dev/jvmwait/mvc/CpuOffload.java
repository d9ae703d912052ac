package dev.jvmwait.mvc;

import dev.jvmwait.domain.CpuPool;
import dev.jvmwait.domain.Fibonacci;
import dev.jvmwait.mvc.support.SettingsSource;
import jakarta.annotation.PreDestroy;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Where CPU-bound work runs: on the CPU pool, while the request's virtual thread parks. */
@Component
public class CpuOffload implements SettingsSource {

    private final CpuPool pool = new CpuPool();

    public Fibonacci fibonacci(int n) {
        // Virtual threads are not time-sliced: a long computation on one would hold its carrier,
        // and there are only as many carriers as cores.
        return pool.compute(() -> Fibonacci.compute(n));
    }

    @Override
    public Map<String, Object> settings() {
        return Map.of("cpu offload", pool.describe());
    }

    @PreDestroy
    void close() {
        pool.close();
    }
}
