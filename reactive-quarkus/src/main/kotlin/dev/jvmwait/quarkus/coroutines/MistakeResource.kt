package dev.jvmwait.quarkus.coroutines

import dev.jvmwait.domain.Fibonacci
import dev.jvmwait.domain.Params
import dev.jvmwait.domain.SleepingUserLookups
import dev.jvmwait.domain.User
import dev.jvmwait.domain.UserDirectory
import jakarta.ws.rs.GET
import jakarta.ws.rs.Path
import jakarta.ws.rs.Produces
import jakarta.ws.rs.core.MediaType
import org.jboss.resteasy.reactive.RestPath
import org.jboss.resteasy.reactive.RestQuery

/** The two mistakes at /kotlin/api, made on purpose: blocking and computing on the event loop. */
@Path("/kotlin/api")
@Produces(MediaType.APPLICATION_JSON)
class MistakeResource {

    @GET
    @Path("/mistakes/blocking-call")
    suspend fun blockingCall(@RestQuery delayMs: String?): User {
        // The mistake: a thread-blocking sleep inside a suspend function still blocks the event loop.
        SleepingUserLookups.sleep(Params.delay(delayMs))
        return UserDirectory.user(1)
    }

    @GET
    @Path("/mistakes/cpu-in-handler/{n}")
    suspend fun cpuInHandler(@RestPath n: String): Fibonacci =
        // The mistake: CPU work on the event loop; `suspend` does not move it anywhere.
        Fibonacci.compute(Params.fibonacciN(n))
}
