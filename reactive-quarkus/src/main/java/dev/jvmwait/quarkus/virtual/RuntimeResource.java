package dev.jvmwait.quarkus.virtual;

import dev.jvmwait.domain.Backend;
import dev.jvmwait.domain.RuntimeReport;
import dev.jvmwait.domain.ThreadReport;
import dev.jvmwait.quarkus.support.Framework;
import io.smallrye.common.annotation.RunOnVirtualThread;
import io.vertx.core.Context;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** What runs the handlers of /virtual/api: the target `quarkus-virtual`, on virtual threads. */
@Path("/virtual/api")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
public class RuntimeResource {

    private final Backend backend;

    public RuntimeResource(Backend backend) {
        this.backend = backend;
    }

    @GET
    @Path("/thread")
    public ThreadReport thread() {
        return ThreadReport.current(Context.isOnEventLoopThread());
    }

    @GET
    @Path("/runtime")
    public RuntimeReport runtime() {
        return RuntimeReport.of("quarkus-virtual", Framework.nameAndVersion(), backend);
    }
}
