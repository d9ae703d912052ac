package dev.jvmwait.blocking;

import dev.jvmwait.domain.Fibonacci;
import dev.jvmwait.spring.SettingsSource;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Where CPU-bound work runs. Here, on the request thread itself: a platform thread is an OS thread,
 * time-sliced by the kernel, so a long computation cannot starve the other requests' threads.
 */
@Component
public class CpuWork implements SettingsSource {

    public Fibonacci fibonacci(int n) {
        return Fibonacci.compute(n);
    }

    @Override
    public Map<String, Object> settings() {
        return Map.of("cpu work runs on", "the request thread");
    }
}
