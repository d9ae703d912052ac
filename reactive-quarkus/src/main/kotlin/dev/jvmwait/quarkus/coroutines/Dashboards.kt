package dev.jvmwait.quarkus.coroutines

import dev.jvmwait.domain.Dashboard
import dev.jvmwait.domain.FanOutMode
import jakarta.enterprise.context.ApplicationScoped
import kotlinx.coroutines.async
import kotlinx.coroutines.coroutineScope
import java.time.Duration

/** The dashboard's fan-out with coroutines: three suspending calls in a row, or three `async`s at once. */
@ApplicationScoped
class Dashboards(private val lookups: Lookups) {

    suspend fun dashboard(id: Long, delay: Duration, mode: FanOutMode): Dashboard = when (mode) {
        FanOutMode.SEQUENTIAL ->
            Dashboard(lookups.user(id, delay), lookups.profile(id, delay), lookups.posts(id, delay), mode)
        FanOutMode.CONCURRENT -> coroutineScope {
            val user = async { lookups.user(id, delay) }
            val profile = async { lookups.profile(id, delay) }
            val posts = async { lookups.posts(id, delay) }
            Dashboard(user.await(), profile.await(), posts.await(), mode)
        }
    }
}
