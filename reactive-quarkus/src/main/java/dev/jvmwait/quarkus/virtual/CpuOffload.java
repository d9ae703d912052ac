package dev.jvmwait.quarkus.virtual;

import dev.jvmwait.domain.CpuPool;
import dev.jvmwait.domain.Fibonacci;
import dev.jvmwait.quarkus.support.OffloadPool;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

/** Where /virtual/api runs CPU work: on a CpuPool of its own, never on a carrier. */
@ApplicationScoped
public class CpuOffload implements OffloadPool {

    private final CpuPool pool = new CpuPool();

    /** fib(n) on a cpu- thread: carriers are not time-sliced, so long CPU work would starve other virtual threads. */
    public Fibonacci fibonacci(int n) {
        return pool.compute(() -> Fibonacci.compute(n));
    }

    @Override
    public String prefix() {
        return "/virtual/api";
    }

    @Override
    public CpuPool pool() {
        return pool;
    }

    @PreDestroy
    void close() {
        pool.close();
    }
}
