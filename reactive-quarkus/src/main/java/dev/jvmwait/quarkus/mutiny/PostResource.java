package dev.jvmwait.quarkus.mutiny;

import dev.jvmwait.domain.NewPost;
import dev.jvmwait.domain.Params;
import dev.jvmwait.domain.PostStore;
import dev.jvmwait.domain.StoredPost;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestResponse.ResponseBuilder;
import org.jboss.resteasy.reactive.RestResponse.Status;

/** Posts at /api, kept in memory: the store answers at once, so the Uni is already done. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public class PostResource {

    private final PostStore posts;

    public PostResource(PostStore posts) {
        this.posts = posts;
    }

    /** The body as Jackson reads it (maps, lists, strings, numbers): the domain checks it field by field. */
    @POST
    @Path("/posts")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<RestResponse<StoredPost>> create(Object body) {
        return Uni.createFrom().item(() -> posts.save(NewPost.fromJson(body)))
                .map(post -> ResponseBuilder.create(Status.CREATED, post).header(HttpHeaders.LOCATION, PostStore.location(post)).build());
    }

    @GET
    @Path("/posts/{id}")
    public Uni<StoredPost> post(@RestPath String id) {
        return Uni.createFrom().item(() -> posts.get(Params.postId(id)));
    }
}
