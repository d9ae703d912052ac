package dev.jvmwait.quarkus.coroutines

import dev.jvmwait.domain.Dashboard
import dev.jvmwait.domain.FanOutMode
import dev.jvmwait.domain.Params
import dev.jvmwait.domain.User
import jakarta.ws.rs.GET
import jakarta.ws.rs.Path
import jakarta.ws.rs.Produces
import jakarta.ws.rs.core.MediaType
import org.jboss.resteasy.reactive.RestPath
import org.jboss.resteasy.reactive.RestQuery

/** A user and their dashboard at /kotlin/api: suspend handlers, which Quarkus REST runs on the event loop. */
@Path("/kotlin/api")
@Produces(MediaType.APPLICATION_JSON)
class UserResource(private val lookups: Lookups, private val dashboards: Dashboards) {

    @GET
    @Path("/users/{id}")
    suspend fun user(@RestPath id: String, @RestQuery delayMs: String?): User =
        lookups.user(Params.userId(id), Params.delay(delayMs))

    @GET
    @Path("/users/{id}/dashboard")
    suspend fun dashboard(@RestPath id: String, @RestQuery delayMs: String?, @RestQuery mode: String?): Dashboard =
        dashboards.dashboard(Params.userId(id), Params.delay(delayMs), FanOutMode.parse(mode))
}
