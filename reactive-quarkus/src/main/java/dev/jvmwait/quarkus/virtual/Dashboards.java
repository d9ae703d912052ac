package dev.jvmwait.quarkus.virtual;

import dev.jvmwait.domain.Dashboard;
import dev.jvmwait.domain.FanOutMode;
import dev.jvmwait.domain.Futures;
import dev.jvmwait.domain.Post;
import dev.jvmwait.domain.Profile;
import dev.jvmwait.domain.User;
import dev.jvmwait.domain.UserLookups;
import io.quarkus.virtual.threads.VirtualThreads;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/** The dashboard's fan-out as blocking code: one lookup after the other, or one more virtual thread per lookup. */
@ApplicationScoped
public class Dashboards {

    private final UserLookups lookups;
    private final ExecutorService virtualThreads;

    public Dashboards(UserLookups lookups, @VirtualThreads ExecutorService virtualThreads) {
        this.lookups = lookups;
        this.virtualThreads = virtualThreads;
    }

    public Dashboard dashboard(long id, Duration delay, FanOutMode mode) {
        return switch (mode) {
            case SEQUENTIAL -> new Dashboard(
                    lookups.user(id, delay), lookups.profile(id, delay), lookups.posts(id, delay), mode);
            case CONCURRENT -> {
                // Each lookup sleeps on a virtual thread of its own, without holding a carrier.
                Future<User> user = virtualThreads.submit(() -> lookups.user(id, delay));
                Future<Profile> profile = virtualThreads.submit(() -> lookups.profile(id, delay));
                Future<List<Post>> posts = virtualThreads.submit(() -> lookups.posts(id, delay));
                yield new Dashboard(Futures.await(user), Futures.await(profile), Futures.await(posts), mode);
            }
        };
    }
}
