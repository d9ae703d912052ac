package dev.jvmwait.quarkus.coroutines

import dev.jvmwait.domain.Backend
import dev.jvmwait.domain.RuntimeReport
import dev.jvmwait.domain.ThreadReport
import dev.jvmwait.quarkus.support.Framework
import io.vertx.core.Context
import jakarta.ws.rs.GET
import jakarta.ws.rs.Path
import jakarta.ws.rs.Produces
import jakarta.ws.rs.core.MediaType

/** What runs the handlers of /kotlin/api: the target `coroutines`, on a Vert.x event loop. */
@Path("/kotlin/api")
@Produces(MediaType.APPLICATION_JSON)
class RuntimeResource(private val backend: Backend) {

    @GET
    @Path("/thread")
    suspend fun thread(): ThreadReport = ThreadReport.current(Context.isOnEventLoopThread())

    @GET
    @Path("/runtime")
    suspend fun runtime(): RuntimeReport = RuntimeReport.of("coroutines", Framework.nameAndVersion(), backend)
}
