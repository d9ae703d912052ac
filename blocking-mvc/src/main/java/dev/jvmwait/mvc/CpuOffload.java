package dev.jvmwait.mvc;

import dev.jvmwait.domain.Fibonacci;
import dev.jvmwait.mvc.support.SettingsSource;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Where CPU-bound work runs. Here, on the request thread itself: a platform thread is an OS thread,
 * time-sliced by the kernel, so a long computation cannot starve the other requests' threads.
 */
@Component
public class CpuOffload implements SettingsSource {

    public Fibonacci fibonacci(int n) {
        return Fibonacci.compute(n);
    }

    @Override
    public Map<String, Object> settings() {
        return Map.of("cpu work runs on", "the request thread");
    }
}
