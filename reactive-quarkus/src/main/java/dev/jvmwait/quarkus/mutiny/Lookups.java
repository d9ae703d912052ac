package dev.jvmwait.quarkus.mutiny;

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

/**
 * Where /api waits for its data, without a thread waiting: a Vert.x timer completes each lookup. A
 * reactive PostgreSQL or HTTP client could take its place and no handler would change.
 */
@ApplicationScoped
public class Lookups {

    private final Vertx vertx;

    public Lookups(Vertx vertx) {
        this.vertx = vertx;
    }

    public Uni<User> user(long id, Duration delay) {
        return after(delay, () -> UserDirectory.user(id));
    }

    public Uni<Profile> profile(long id, Duration delay) {
        return after(delay, () -> UserDirectory.profile(id));
    }

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
