package dev.jvmwait.quarkus.mutiny;

import dev.jvmwait.domain.Dashboard;
import dev.jvmwait.domain.FanOutMode;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/** The dashboard's fan-out as a Mutiny pipeline: three Unis chained, or combined to run at once. */
@ApplicationScoped
public class Dashboards {

    private final Lookups lookups;

    public Dashboards(Lookups lookups) {
        this.lookups = lookups;
    }

    public Uni<Dashboard> dashboard(long id, Duration delay, FanOutMode mode) {
        return switch (mode) {
            case SEQUENTIAL -> lookups.user(id, delay)
                    .flatMap(user -> lookups.profile(id, delay)
                            .flatMap(profile -> lookups.posts(id, delay)
                                    .map(posts -> new Dashboard(user, profile, posts, mode))));
            case CONCURRENT -> Uni.combine().all()
                    .unis(lookups.user(id, delay), lookups.profile(id, delay), lookups.posts(id, delay))
                    .with((user, profile, posts) -> new Dashboard(user, profile, posts, mode));
        };
    }
}
