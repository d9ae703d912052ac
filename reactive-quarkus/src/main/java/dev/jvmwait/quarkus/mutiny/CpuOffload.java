package dev.jvmwait.quarkus.mutiny;

import dev.jvmwait.domain.CpuPool;
import dev.jvmwait.domain.Fibonacci;
import dev.jvmwait.quarkus.support.OffloadPool;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

/** Where /api runs CPU work: on a CpuPool of its own, never on the event loop. */
@ApplicationScoped
public class CpuOffload implements OffloadPool {

    private final CpuPool pool = new CpuPool();

    /** fib(n) subscribed on a cpu- thread; the event loop serves other requests while it runs. */
    public Uni<Fibonacci> fibonacci(int n) {
        return Uni.createFrom().item(() -> Fibonacci.compute(n)).runSubscriptionOn(pool.executor());
    }

    @Override
    public String prefix() {
        return "/api";
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
