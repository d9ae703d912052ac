package dev.jvmwait.domain;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waits for a task handed to another thread, and rethrows its failure as the failure it was. */
public final class Futures {

    private Futures() {
    }

    /** Blocks the calling thread until the task is done: cheap on a virtual thread, a held OS thread on a platform one. */
    public static <T> T await(Future<T> task) {
        try {
            return task.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            task.cancel(true);
            throw new ApiException(503, Messages.interrupted());
        } catch (CancellationException e) {
            throw new ApiException(503, Messages.interrupted());
        }
    }
}
