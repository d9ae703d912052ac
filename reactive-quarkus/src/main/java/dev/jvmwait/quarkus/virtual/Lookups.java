package dev.jvmwait.quarkus.virtual;

import dev.jvmwait.domain.Backend;
import dev.jvmwait.domain.Post;
import dev.jvmwait.domain.Profile;
import dev.jvmwait.domain.SleepingUserLookups;
import dev.jvmwait.domain.User;
import dev.jvmwait.domain.UserLookups;
import dev.jvmwait.quarkus.support.BackendFailures;
import dev.jvmwait.quarkus.support.BlockingUpstream;
import dev.jvmwait.quarkus.support.JdbcDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Where /virtual/api waits for its data, blocking its virtual thread, on the backend the service started with: the
 * shared sleep, a JDBC query through Agroal, or a call of the REST client in its blocking form. Each unmounts the
 * virtual thread from its carrier while it waits; no handler knows which.
 */
@ApplicationScoped
public class Lookups implements UserLookups {

    private final Backend backend;
    private final SleepingUserLookups sleeping = new SleepingUserLookups();
    private final JdbcDatabase database;
    private final BlockingUpstream upstream;

    public Lookups(Backend backend, JdbcDatabase database, @RestClient BlockingUpstream upstream) {
        this.backend = backend;
        this.database = database;
        this.upstream = upstream;
    }

    @Override
    public User user(long id, Duration delay) {
        return switch (backend) {
            case SLEEP -> sleeping.user(id, delay);
            case POSTGRES -> database.user(id, delay);
            case HTTP -> call(() -> upstream.user(id, delay.toMillis()));
        };
    }

    @Override
    public Profile profile(long id, Duration delay) {
        return switch (backend) {
            case SLEEP -> sleeping.profile(id, delay);
            case POSTGRES -> database.profile(id, delay);
            case HTTP -> call(() -> upstream.profile(id, delay.toMillis()));
        };
    }

    @Override
    public List<Post> posts(long id, Duration delay) {
        return switch (backend) {
            case SLEEP -> sleeping.posts(id, delay);
            case POSTGRES -> database.posts(id, delay);
            case HTTP -> call(() -> upstream.posts(id, delay.toMillis()));
        };
    }

    private static <T> T call(Supplier<T> upstreamCall) {
        try {
            return upstreamCall.get();
        } catch (RuntimeException e) {
            throw BackendFailures.upstream(e);
        }
    }
}
