package dev.jvmwait.reactive;

import dev.jvmwait.domain.Post;
import dev.jvmwait.domain.Profile;
import dev.jvmwait.domain.User;
import dev.jvmwait.domain.UserDirectory;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/** Simulated non-blocking I/O: a Vert.x timer completes the lookup, no thread waits meanwhile. */
@ApplicationScoped
public class TimerUserLookups implements ReactiveUserLookups {

    private final Vertx vertx;

    public TimerUserLookups(Vertx vertx) {
        this.vertx = vertx;
    }

    @Override
    public Uni<User> user(long id, Duration delay) {
        return after(delay, () -> UserDirectory.user(id));
    }

    @Override
    public Uni<Profile> profile(long id, Duration delay) {
        return after(delay, () -> UserDirectory.profile(id));
    }

    @Override
    public Uni<List<Post>> posts(long id, Duration delay) {
        return after(delay, () -> UserDirectory.posts(id));
    }

    /** The timer fires on the event loop of the caller's context, the thread that asked. */
    private <T> Uni<T> after(Duration delay, Supplier<T> answer) {
        if (delay.isZero()) {
            // setTimer rejects delays below 1 ms: no wait means the answer is there at once.
            return Uni.createFrom().item(answer);
        }
        return Uni.createFrom().emitter(emitter ->
                vertx.setTimer(delay.toMillis(), timerId -> emitter.complete(answer.get())));
    }
}
