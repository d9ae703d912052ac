package dev.jvmwait.quarkus.mutiny;

import dev.jvmwait.domain.Backend;
import dev.jvmwait.domain.Post;
import dev.jvmwait.domain.Profile;
import dev.jvmwait.domain.User;
import dev.jvmwait.domain.UserDirectory;
import dev.jvmwait.quarkus.support.BackendFailures;
import dev.jvmwait.quarkus.support.Detached;
import dev.jvmwait.quarkus.support.ReactiveDatabase;
import dev.jvmwait.quarkus.support.Upstream;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Where /api waits for its data, without a thread waiting, on the backend the service started with: a Vert.x timer,
 * a query of the reactive PostgreSQL client, or a call of the reactive REST client. Each answers with a Uni that
 * completes on the event loop that asked; no handler knows which.
 */
@ApplicationScoped
public class Lookups {

    private final Backend backend;
    private final Vertx vertx;
    private final ReactiveDatabase database;
    private final Upstream upstream;

    public Lookups(Backend backend, Vertx vertx, ReactiveDatabase database, @RestClient Upstream upstream) {
        this.backend = backend;
        this.vertx = vertx;
        this.database = database;
        this.upstream = upstream;
    }

    public Uni<User> user(long id, Duration delay) {
        return switch (backend) {
            case SLEEP -> after(delay, () -> UserDirectory.user(id));
            case POSTGRES -> database.user(id, delay);
            case HTTP -> Detached.call(upstream.user(id, delay.toMillis())).onFailure().transform(BackendFailures::upstream);
        };
    }

    public Uni<Profile> profile(long id, Duration delay) {
        return switch (backend) {
            case SLEEP -> after(delay, () -> UserDirectory.profile(id));
            case POSTGRES -> database.profile(id, delay);
            case HTTP -> Detached.call(upstream.profile(id, delay.toMillis())).onFailure().transform(BackendFailures::upstream);
        };
    }

    public Uni<List<Post>> posts(long id, Duration delay) {
        return switch (backend) {
            case SLEEP -> after(delay, () -> UserDirectory.posts(id));
            case POSTGRES -> database.posts(id, delay);
            case HTTP -> Detached.call(upstream.posts(id, delay.toMillis())).onFailure().transform(BackendFailures::upstream);
        };
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
