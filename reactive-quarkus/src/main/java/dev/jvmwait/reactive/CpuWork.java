package dev.jvmwait.reactive;

import dev.jvmwait.domain.Fibonacci;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.Executor;

/** Where the event-loop styles run CPU-bound work: on the Quarkus worker pool, never on the event loop. */
@ApplicationScoped
public class CpuWork {

    /**
     * The Quarkus worker pool (threads named executor-thread-N): Quarkus installs its own executor
     * as Mutiny's default worker pool at startup, so this is the pool @Blocking handlers use too.
     */
    public Executor pool() {
        return Infrastructure.getDefaultWorkerPool();
    }

    /** fib(n) computed on a worker thread; the event loop stays free while it runs. */
    public Uni<Fibonacci> fibonacci(int n) {
        return Uni.createFrom().item(() -> Fibonacci.compute(n)).runSubscriptionOn(pool());
    }
}
