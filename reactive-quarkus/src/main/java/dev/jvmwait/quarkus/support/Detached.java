package dev.jvmwait.quarkus.support;

import io.smallrye.mutiny.Uni;

/**
 * A call of the reactive REST client that runs to its end even when the request that made it goes away. Measured
 * here (Quarkus 3.37.1): when every pooled connection to the upstream is busy and callers give up (a client timeout,
 * a closed connection), Mutiny cancels the queued calls, and the pool loses those connections for good: after 100
 * callers had given up on a pool of 50, no call to the upstream ever completed again (compare quarkusio/quarkus
 * issue 48620, on cancelled calls that stay queued). Subscribed on its own, the call completes as it would have,
 * and gives its connection back; its answer goes nowhere if nobody waits for it any more.
 */
public final class Detached {

    private Detached() {
    }

    public static <T> Uni<T> call(Uni<T> call) {
        return Uni.createFrom().emitter(emitter -> call.subscribe().with(emitter::complete, emitter::fail));
    }
}
