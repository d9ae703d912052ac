package dev.jvmwait.quarkus.mutiny;

import dev.jvmwait.domain.Dashboard;
import dev.jvmwait.domain.FanOutMode;
import dev.jvmwait.domain.Params;
import dev.jvmwait.domain.User;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** A user and their dashboard at /api: every handler returns a Uni, so Quarkus REST runs it on the event loop. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public class UserResource {

    private final Lookups lookups;
    private final Dashboards dashboards;

    public UserResource(Lookups lookups, Dashboards dashboards) {
        this.lookups = lookups;
        this.dashboards = dashboards;
    }

    @GET
    @Path("/users/{id}")
    public Uni<User> user(@RestPath String id, @RestQuery String delayMs) {
        return lookups.user(Params.userId(id), Params.delay(delayMs));
    }

    @GET
    @Path("/users/{id}/dashboard")
    public Uni<Dashboard> dashboard(@RestPath String id, @RestQuery String delayMs, @RestQuery String mode) {
        return dashboards.dashboard(Params.userId(id), Params.delay(delayMs), FanOutMode.parse(mode));
    }
}
