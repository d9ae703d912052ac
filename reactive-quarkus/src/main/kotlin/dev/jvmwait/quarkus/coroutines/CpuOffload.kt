package dev.jvmwait.quarkus.coroutines

import dev.jvmwait.domain.CpuPool
import dev.jvmwait.domain.Fibonacci
import dev.jvmwait.quarkus.support.OffloadPool
import jakarta.annotation.PreDestroy
import jakarta.enterprise.context.ApplicationScoped
import kotlinx.coroutines.asCoroutineDispatcher
import kotlinx.coroutines.withContext

/** Where /kotlin/api runs CPU work: on a CpuPool of its own, seen as a dispatcher, never on the event loop. */
@ApplicationScoped
class CpuOffload : OffloadPool {

    private val pool = CpuPool()
    private val dispatcher = pool.executor().asCoroutineDispatcher()

    /** fib(n) on a cpu- thread; the coroutine resumes on the event loop with the answer. */
    suspend fun fibonacci(n: Int): Fibonacci = withContext(dispatcher) { Fibonacci.compute(n) }

    override fun prefix() = "/kotlin/api"

    override fun pool() = pool

    @PreDestroy
    fun close() = pool.close()
}
