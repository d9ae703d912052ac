package dev.jvmwait.reactive.virtual;

import dev.jvmwait.domain.Dashboard;
import dev.jvmwait.domain.FanOutMode;
import dev.jvmwait.domain.Fibonacci;
import dev.jvmwait.domain.Futures;
import dev.jvmwait.domain.Mixed;
import dev.jvmwait.domain.Post;
import dev.jvmwait.domain.Profile;
import dev.jvmwait.domain.User;
import dev.jvmwait.domain.UserLookups;
import dev.jvmwait.reactive.CpuWork;
import io.quarkus.virtual.threads.VirtualThreads;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/** The blocking code of /virtual/api: it sleeps on virtual threads, and computes on platform threads. */
@ApplicationScoped
public class VirtualUserService {

    private final UserLookups lookups;
    private final ExecutorService virtualThreads;
    private final CpuWork cpu;

    public VirtualUserService(UserLookups lookups, @VirtualThreads ExecutorService virtualThreads, CpuWork cpu) {
        this.lookups = lookups;
        this.virtualThreads = virtualThreads;
        this.cpu = cpu;
    }

    public User user(long id, Duration delay) {
        return lookups.user(id, delay);
    }

    public Dashboard dashboard(long id, Duration delay, FanOutMode mode) {
        return switch (mode) {
            case CONCURRENT -> {
                // One more virtual thread per lookup: each sleeps without holding a carrier.
                Future<User> user = virtualThreads.submit(() -> lookups.user(id, delay));
                Future<Profile> profile = virtualThreads.submit(() -> lookups.profile(id, delay));
                Future<List<Post>> posts = virtualThreads.submit(() -> lookups.posts(id, delay));
                yield new Dashboard(Futures.await(user), Futures.await(profile), Futures.await(posts), mode);
            }
            case SEQUENTIAL -> new Dashboard(
                    lookups.user(id, delay), lookups.profile(id, delay), lookups.posts(id, delay), mode);
        };
    }

    /** fib(n) on the worker pool: carriers are not time-sliced, so long CPU work would starve other virtual threads. */
    public Fibonacci fibonacci(int n) {
        return Futures.await(CompletableFuture.supplyAsync(() -> Fibonacci.compute(n), cpu.pool()));
    }

    public Mixed mixed(long id, Duration delay, int n) {
        User user = lookups.user(id, delay);
        return new Mixed(user, fibonacci(n));
    }
}
