package dev.jvmwait.domain;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Where a style sends CPU-bound work to keep it off its own threads: platform threads, one per
 * core, used for nothing else. Event loops must never compute for long, and virtual threads are
 * not time-sliced, so a long computation on one holds a carrier; platform threads are time-sliced
 * by the kernel. Every style that offloads uses a pool made here, so the styles compare alike.
 */
public final class CpuPool implements AutoCloseable {

    private final int threads = Runtime.getRuntime().availableProcessors();
    private final ExecutorService pool = Executors.newFixedThreadPool(threads, Thread.ofPlatform().name("cpu-", 1).factory());

    /** The pool as an executor, for Mutiny's {@code runSubscriptionOn} or a coroutine dispatcher. */
    public Executor executor() {
        return pool;
    }

    /** Runs the work on the pool and blocks the caller until it is done: cheap on a virtual thread. */
    public <T> T compute(Callable<T> work) {
        return Futures.await(pool.submit(work));
    }

    public int threads() {
        return threads;
    }

    /** How {@code /internal/settings} describes this pool. */
    public String describe() {
        return threads + " platform threads (one per core), for CPU work only";
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
