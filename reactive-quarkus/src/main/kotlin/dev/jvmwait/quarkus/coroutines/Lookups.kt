package dev.jvmwait.quarkus.coroutines

import dev.jvmwait.domain.Backend
import dev.jvmwait.domain.Post
import dev.jvmwait.domain.Profile
import dev.jvmwait.domain.User
import dev.jvmwait.domain.UserDirectory
import dev.jvmwait.quarkus.support.BackendFailures
import dev.jvmwait.quarkus.support.Detached
import dev.jvmwait.quarkus.support.ReactiveDatabase
import dev.jvmwait.quarkus.support.Upstream
import io.smallrye.mutiny.Uni
import io.smallrye.mutiny.coroutines.awaitSuspending
import jakarta.enterprise.context.ApplicationScoped
import kotlinx.coroutines.delay
import org.eclipse.microprofile.rest.client.inject.RestClient
import java.time.Duration

/**
 * Where /kotlin/api waits for its data, without a thread waiting, on the backend the service started with: delay(),
 * or the same reactive PostgreSQL and REST clients as /api, awaited with awaitSuspending(). Each suspends the
 * coroutine and frees the event loop; no handler knows which.
 */
@ApplicationScoped
class Lookups(
    private val backend: Backend,
    private val database: ReactiveDatabase,
    @RestClient private val upstream: Upstream,
) {

    suspend fun user(id: Long, delay: Duration): User = when (backend) {
        Backend.SLEEP -> after(delay) { UserDirectory.user(id) }
        Backend.POSTGRES -> database.user(id, delay).awaitSuspending()
        Backend.HTTP -> upstream.user(id, delay.toMillis()).awaitOrUnavailable()
    }

    suspend fun profile(id: Long, delay: Duration): Profile = when (backend) {
        Backend.SLEEP -> after(delay) { UserDirectory.profile(id) }
        Backend.POSTGRES -> database.profile(id, delay).awaitSuspending()
        Backend.HTTP -> upstream.profile(id, delay.toMillis()).awaitOrUnavailable()
    }

    suspend fun posts(id: Long, delay: Duration): List<Post> = when (backend) {
        Backend.SLEEP -> after(delay) { UserDirectory.posts(id) }
        Backend.POSTGRES -> database.posts(id, delay).awaitSuspending()
        Backend.HTTP -> upstream.posts(id, delay.toMillis()).awaitOrUnavailable()
    }

    private suspend fun <T> after(wait: Duration, answer: () -> T): T {
        delay(wait.toMillis())
        return answer()
    }

    private suspend fun <T> Uni<T>.awaitOrUnavailable(): T =
        Detached.call(this).onFailure().transform(BackendFailures::upstream).awaitSuspending()
}
