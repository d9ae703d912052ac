package dev.jvmwait.quarkus.support;

import dev.jvmwait.domain.Post;
import dev.jvmwait.domain.Profile;
import dev.jvmwait.domain.User;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The same upstream calls in the REST Client's blocking form, for /virtual/api: the virtual thread that calls one
 * parks until the answer arrives, and its carrier serves others meanwhile.
 */
@RegisterRestClient(configKey = "upstream")
@Path("/users/{id}")
public interface BlockingUpstream {

    @GET
    User user(@RestPath long id, @RestQuery long delayMs);

    @GET
    @Path("/profile")
    Profile profile(@RestPath long id, @RestQuery long delayMs);

    @GET
    @Path("/posts")
    List<Post> posts(@RestPath long id, @RestQuery long delayMs);
}
