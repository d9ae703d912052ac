package dev.jvmwait.quarkus.coroutines

import dev.jvmwait.domain.Fibonacci
import dev.jvmwait.domain.Mixed
import dev.jvmwait.domain.Params
import jakarta.ws.rs.GET
import jakarta.ws.rs.Path
import jakarta.ws.rs.Produces
import jakarta.ws.rs.core.MediaType
import org.jboss.resteasy.reactive.RestPath
import org.jboss.resteasy.reactive.RestQuery

/** CPU work at /kotlin/api, offloaded so that the event loop stays free. */
@Path("/kotlin/api")
@Produces(MediaType.APPLICATION_JSON)
class ComputeResource(private val lookups: Lookups, private val cpu: CpuOffload) {

    @GET
    @Path("/compute/fibonacci/{n}")
    suspend fun fibonacci(@RestPath n: String): Fibonacci =
        cpu.fibonacci(Params.fibonacciN(n))

    @GET
    @Path("/mixed/{id}")
    suspend fun mixed(@RestPath id: String, @RestQuery delayMs: String?, @RestQuery n: String?): Mixed {
        val userId = Params.userId(id)
        val fibonacciN = Params.fibonacciN(n, Fibonacci.DEFAULT_MIXED_N)
        return Mixed(lookups.user(userId, Params.delay(delayMs)), cpu.fibonacci(fibonacciN))
    }
}
