package dev.jvmwait.reactive;

import dev.jvmwait.domain.Dashboard;
import dev.jvmwait.domain.FanOutMode;
import dev.jvmwait.domain.Mixed;
import dev.jvmwait.domain.User;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/** The Mutiny pipelines behind /api: waits are timers, CPU work goes to the worker pool. */
@ApplicationScoped
public class UserService {

    private final ReactiveUserLookups lookups;
    private final CpuWork cpu;

    public UserService(ReactiveUserLookups lookups, CpuWork cpu) {
        this.lookups = lookups;
        this.cpu = cpu;
    }

    public Uni<User> user(long id, Duration delay) {
        return lookups.user(id, delay);
    }

    public Uni<Dashboard> dashboard(long id, Duration delay, FanOutMode mode) {
        return switch (mode) {
            case CONCURRENT -> Uni.combine().all()
                    .unis(lookups.user(id, delay), lookups.profile(id, delay), lookups.posts(id, delay))
                    .with((user, profile, posts) -> new Dashboard(user, profile, posts, mode));
            case SEQUENTIAL -> lookups.user(id, delay)
                    .flatMap(user -> lookups.profile(id, delay)
                            .flatMap(profile -> lookups.posts(id, delay)
                                    .map(posts -> new Dashboard(user, profile, posts, mode))));
        };
    }

    public Uni<Mixed> mixed(long id, Duration delay, int n) {
        return lookups.user(id, delay)
                .flatMap(user -> cpu.fibonacci(n).map(fibonacci -> new Mixed(user, fibonacci)));
    }
}
