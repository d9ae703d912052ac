package dev.jvmwait.reactive.kotlin

import dev.jvmwait.domain.Post
import dev.jvmwait.domain.Profile
import dev.jvmwait.domain.User
import dev.jvmwait.domain.UserDirectory
import jakarta.enterprise.context.ApplicationScoped
import kotlinx.coroutines.delay
import java.time.Duration

/**
 * The seam where the coroutine style waits for its data. The simulated implementation suspends;
 * a coroutine database or HTTP client could take its place and no handler would change.
 */
interface SuspendingUserLookups {
    suspend fun user(id: Long, delay: Duration): User
    suspend fun profile(id: Long, delay: Duration): Profile
    suspend fun posts(id: Long, delay: Duration): List<Post>
}

/** Simulated non-blocking I/O: delay() suspends the coroutine and frees the event loop meanwhile. */
@ApplicationScoped
class DelayingUserLookups : SuspendingUserLookups {
    override suspend fun user(id: Long, delay: Duration): User {
        delay(delay.toMillis())
        return UserDirectory.user(id)
    }

    override suspend fun profile(id: Long, delay: Duration): Profile {
        delay(delay.toMillis())
        return UserDirectory.profile(id)
    }

    override suspend fun posts(id: Long, delay: Duration): List<Post> {
        delay(delay.toMillis())
        return UserDirectory.posts(id)
    }
}
