package dev.jvmwait.reactive.kotlin

import dev.jvmwait.domain.Dashboard
import dev.jvmwait.domain.FanOutMode
import dev.jvmwait.domain.Fibonacci
import dev.jvmwait.domain.Mixed
import dev.jvmwait.domain.User
import dev.jvmwait.reactive.CpuWork
import jakarta.enterprise.context.ApplicationScoped
import kotlinx.coroutines.CoroutineDispatcher
import kotlinx.coroutines.async
import kotlinx.coroutines.asCoroutineDispatcher
import kotlinx.coroutines.coroutineScope
import kotlinx.coroutines.withContext
import java.time.Duration

/** The coroutines behind /kotlin/api: waits suspend, CPU work goes to the worker pool. */
@ApplicationScoped
class CoroutineUserService(private val lookups: SuspendingUserLookups, cpu: CpuWork) {

    /** The same Quarkus worker pool the Java target offloads to, seen as a dispatcher. */
    private val cpuDispatcher: CoroutineDispatcher = cpu.pool().asCoroutineDispatcher()

    suspend fun user(id: Long, delay: Duration): User = lookups.user(id, delay)

    suspend fun dashboard(id: Long, delay: Duration, mode: FanOutMode): Dashboard = when (mode) {
        FanOutMode.CONCURRENT -> coroutineScope {
            val user = async { lookups.user(id, delay) }
            val profile = async { lookups.profile(id, delay) }
            val posts = async { lookups.posts(id, delay) }
            Dashboard(user.await(), profile.await(), posts.await(), mode)
        }
        FanOutMode.SEQUENTIAL ->
            Dashboard(lookups.user(id, delay), lookups.profile(id, delay), lookups.posts(id, delay), mode)
    }

    /** fib(n) on a worker thread; the coroutine resumes on the event loop with the answer. */
    suspend fun fibonacci(n: Int): Fibonacci = withContext(cpuDispatcher) { Fibonacci.compute(n) }

    suspend fun mixed(id: Long, delay: Duration, n: Int): Mixed {
        val user = lookups.user(id, delay)
        return Mixed(user, fibonacci(n))
    }
}
