package dev.jvmwait.quarkus.support;

import dev.jvmwait.domain.Post;
import dev.jvmwait.domain.Profile;
import dev.jvmwait.domain.User;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The HTTP upstream of {@code BACKEND=http}, as a Quarkus REST Client: each method is one non-blocking call that
 * completes on the caller's event loop. The event-loop styles use it; /kotlin/api awaits it with awaitSuspending().
 */
@RegisterRestClient(configKey = "upstream")
@Path("/users/{id}")
public interface Upstream {

    @GET
    Uni<User> user(@RestPath long id, @RestQuery long delayMs);

    @GET
    @Path("/profile")
    Uni<Profile> profile(@RestPath long id, @RestQuery long delayMs);

    @GET
    @Path("/posts")
    Uni<List<Post>> posts(@RestPath long id, @RestQuery long delayMs);
}
