package dev.jvmwait.reactive;

import dev.jvmwait.domain.Post;
import dev.jvmwait.domain.Profile;
import dev.jvmwait.domain.User;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.List;

/**
 * The seam where the event-loop style waits for its data. The simulated implementation waits on a
 * Vert.x timer; a reactive PostgreSQL or HTTP client could take its place and no handler would change.
 */
public interface ReactiveUserLookups {

    Uni<User> user(long id, Duration delay);

    Uni<Profile> profile(long id, Duration delay);

    Uni<List<Post>> posts(long id, Duration delay);
}
