package dev.jvmwait.mvc;

import dev.jvmwait.domain.Fibonacci;
import dev.jvmwait.mvc.support.SettingsSource;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Where CPU-bound work runs: on the request thread itself, with no offload. */
@Component
public class CpuOffload implements SettingsSource {

    public Fibonacci fibonacci(int n) {
        // A platform thread is an OS thread, time-sliced by the kernel: a long computation on one
        // cannot starve the threads of the other requests.
        return Fibonacci.compute(n);
    }

    @Override
    public Map<String, Object> settings() {
        return Map.of("cpu offload", "the request thread (platform threads are time-sliced)");
    }
}
