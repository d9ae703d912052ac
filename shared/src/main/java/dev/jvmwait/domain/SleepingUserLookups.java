package dev.jvmwait.domain;

import java.time.Duration;
import java.util.List;

/**
 * Simulated I/O for the thread-blocking styles: the calling thread sleeps for the delay, as it
 * would block in a JDBC driver, then the deterministic data comes back. On a platform thread the
 * sleep holds an OS thread; on a virtual thread it unmounts and frees the carrier.
 */
public final class SleepingUserLookups implements UserLookups {

    @Override
    public User user(long id, Duration delay) {
        sleep(delay);
        return UserDirectory.user(id);
    }

    @Override
    public Profile profile(long id, Duration delay) {
        sleep(delay);
        return UserDirectory.profile(id);
    }

    @Override
    public List<Post> posts(long id, Duration delay) {
        sleep(delay);
        return UserDirectory.posts(id);
    }

    /** Blocks the calling thread; used by the lookups and, on purpose, by the blocking-call mistake. */
    public static void sleep(Duration delay) {
        if (delay.isZero()) {
            return;
        }
        try {
            Thread.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(503, Messages.interrupted());
        }
    }
}
