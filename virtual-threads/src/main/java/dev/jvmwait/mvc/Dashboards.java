package dev.jvmwait.mvc;

import dev.jvmwait.domain.Dashboard;
import dev.jvmwait.domain.FanOutMode;
import dev.jvmwait.domain.Futures;
import dev.jvmwait.domain.Post;
import dev.jvmwait.domain.Profile;
import dev.jvmwait.domain.User;
import dev.jvmwait.domain.UserLookups;
import dev.jvmwait.mvc.support.SettingsSource;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.stereotype.Service;

/** The dashboard's three lookups, one after the other or each on a new virtual thread of its own. */
@Service
public class Dashboards implements SettingsSource {

    private final UserLookups lookups;

    public Dashboards(UserLookups lookups) {
        this.lookups = lookups;
    }

    public Dashboard dashboard(long id, Duration delay, FanOutMode mode) {
        return switch (mode) {
            case SEQUENTIAL -> new Dashboard(lookups.user(id, delay), lookups.profile(id, delay), lookups.posts(id, delay), mode);
            case CONCURRENT -> {
                // Made for the request and gone with it: no pool to size, and a waiting lookup holds no OS thread.
                try (ExecutorService fanOut = Executors.newVirtualThreadPerTaskExecutor()) {
                    Future<User> user = fanOut.submit(() -> lookups.user(id, delay));
                    Future<Profile> profile = fanOut.submit(() -> lookups.profile(id, delay));
                    Future<List<Post>> posts = fanOut.submit(() -> lookups.posts(id, delay));
                    yield new Dashboard(Futures.await(user), Futures.await(profile), Futures.await(posts), mode);
                }
            }
        };
    }

    @Override
    public Map<String, Object> settings() {
        return Map.of("fan-out pool", "a new virtual thread per lookup");
    }
}
