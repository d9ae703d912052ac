package dev.jvmwait.quarkus.mutiny;

import dev.jvmwait.domain.Backend;
import dev.jvmwait.domain.RuntimeReport;
import dev.jvmwait.domain.ThreadReport;
import dev.jvmwait.quarkus.support.Framework;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** What runs the handlers of /api: the target `reactive`, on a Vert.x event loop. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public class RuntimeResource {

    private final Backend backend;

    public RuntimeResource(Backend backend) {
        this.backend = backend;
    }

    @GET
    @Path("/thread")
    public Uni<ThreadReport> thread() {
        return Uni.createFrom().item(ThreadReport.current(Context.isOnEventLoopThread()));
    }

    @GET
    @Path("/runtime")
    public Uni<RuntimeReport> runtime() {
        return Uni.createFrom().item(RuntimeReport.of("reactive", Framework.nameAndVersion(), backend));
    }
}
