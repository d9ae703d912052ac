package dev.jvmwait.mvc;

import dev.jvmwait.domain.Dashboard;
import dev.jvmwait.domain.FanOutMode;
import dev.jvmwait.domain.Futures;
import dev.jvmwait.domain.Post;
import dev.jvmwait.domain.Profile;
import dev.jvmwait.domain.User;
import dev.jvmwait.domain.UserLookups;
import dev.jvmwait.mvc.support.SettingsSource;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/** The dashboard's three lookups, one after the other or each on a thread of a fixed platform pool. */
@Service
public class Dashboards implements SettingsSource {

    private final UserLookups lookups;
    private final int threads;
    private final ExecutorService fanOut;

    public Dashboards(UserLookups lookups, @Value("${app.fan-out.threads}") int threads) {
        this.lookups = lookups;
        this.threads = threads;
        // Bounded like every platform pool: past threads ÷ 3 concurrent dashboards, lookups queue.
        this.fanOut = Executors.newFixedThreadPool(threads, Thread.ofPlatform().name("fan-out-", 1).factory());
    }

    public Dashboard dashboard(long id, Duration delay, FanOutMode mode) {
        return switch (mode) {
            case SEQUENTIAL -> new Dashboard(lookups.user(id, delay), lookups.profile(id, delay), lookups.posts(id, delay), mode);
            case CONCURRENT -> {
                // Four OS threads held for one request: three lookups, and the request thread waiting on them.
                Future<User> user = fanOut.submit(() -> lookups.user(id, delay));
                Future<Profile> profile = fanOut.submit(() -> lookups.profile(id, delay));
                Future<List<Post>> posts = fanOut.submit(() -> lookups.posts(id, delay));
                yield new Dashboard(Futures.await(user), Futures.await(profile), Futures.await(posts), mode);
            }
        };
    }

    @Override
    public Map<String, Object> settings() {
        return Map.of("fan-out pool", "platform threads, fixed", "fan-out pool threads", threads);
    }

    @PreDestroy
    void close() {
        fanOut.shutdown();
    }
}
