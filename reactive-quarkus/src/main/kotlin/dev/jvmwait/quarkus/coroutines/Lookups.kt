package dev.jvmwait.quarkus.coroutines

import dev.jvmwait.domain.Post
import dev.jvmwait.domain.Profile
import dev.jvmwait.domain.User
import dev.jvmwait.domain.UserDirectory
import jakarta.enterprise.context.ApplicationScoped
import kotlinx.coroutines.delay
import java.time.Duration

/**
 * Where /kotlin/api waits for its data, without a thread waiting: delay() suspends the coroutine and
 * frees the event loop. A coroutine database or HTTP client could take its place and no handler would change.
 */
@ApplicationScoped
class Lookups {

    suspend fun user(id: Long, delay: Duration): User {
        delay(delay.toMillis())
        return UserDirectory.user(id)
    }

    suspend fun profile(id: Long, delay: Duration): Profile {
        delay(delay.toMillis())
        return UserDirectory.profile(id)
    }

    suspend fun posts(id: Long, delay: Duration): List<Post> {
        delay(delay.toMillis())
        return UserDirectory.posts(id)
    }
}
