package dev.jvmwait.quarkus.virtual;

import dev.jvmwait.domain.Dashboard;
import dev.jvmwait.domain.FanOutMode;
import dev.jvmwait.domain.Params;
import dev.jvmwait.domain.User;
import dev.jvmwait.domain.UserLookups;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** A user and their dashboard at /virtual/api: the same stack as /api, each request on its own virtual thread. */
@Path("/virtual/api")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
public class UserResource {

    private final UserLookups lookups;
    private final Dashboards dashboards;

    public UserResource(UserLookups lookups, Dashboards dashboards) {
        this.lookups = lookups;
        this.dashboards = dashboards;
    }

    @GET
    @Path("/users/{id}")
    public User user(@RestPath String id, @RestQuery String delayMs) {
        return lookups.user(Params.userId(id), Params.delay(delayMs));
    }

    @GET
    @Path("/users/{id}/dashboard")
    public Dashboard dashboard(@RestPath String id, @RestQuery String delayMs, @RestQuery String mode) {
        return dashboards.dashboard(Params.userId(id), Params.delay(delayMs), FanOutMode.parse(mode));
    }
}
