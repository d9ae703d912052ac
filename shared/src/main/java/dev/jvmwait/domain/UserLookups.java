package dev.jvmwait.domain;

import java.time.Duration;
import java.util.List;

/**
 * The seam where a thread-blocking style waits for its data. The simulated implementation sleeps;
 * a real one would query PostgreSQL or call an upstream service, and no handler would change.
 */
public interface UserLookups {

    User user(long id, Duration delay);

    Profile profile(long id, Duration delay);

    List<Post> posts(long id, Duration delay);
}
