package dev.jvmwait.quarkus.virtual;

import dev.jvmwait.domain.NewPost;
import dev.jvmwait.domain.Params;
import dev.jvmwait.domain.PostStore;
import dev.jvmwait.domain.StoredPost;
import io.smallrye.common.annotation.RunOnVirtualThread;
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

/** Posts at /virtual/api, kept in memory. */
@Path("/virtual/api")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
public class PostResource {

    private final PostStore posts;

    public PostResource(PostStore posts) {
        this.posts = posts;
    }

    /** The body as Jackson reads it (maps, lists, strings, numbers): the domain checks it field by field. */
    @POST
    @Path("/posts")
    @Consumes(MediaType.APPLICATION_JSON)
    public RestResponse<StoredPost> create(Object body) {
        StoredPost post = posts.save(NewPost.fromJson(body));
        return ResponseBuilder.create(Status.CREATED, post).header(HttpHeaders.LOCATION, PostStore.location(post)).build();
    }

    @GET
    @Path("/posts/{id}")
    public StoredPost post(@RestPath String id) {
        return posts.get(Params.postId(id));
    }
}
