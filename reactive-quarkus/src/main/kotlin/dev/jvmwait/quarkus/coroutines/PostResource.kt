package dev.jvmwait.quarkus.coroutines

import dev.jvmwait.domain.NewPost
import dev.jvmwait.domain.Params
import dev.jvmwait.domain.PostStore
import dev.jvmwait.domain.StoredPost
import jakarta.ws.rs.Consumes
import jakarta.ws.rs.GET
import jakarta.ws.rs.POST
import jakarta.ws.rs.Path
import jakarta.ws.rs.Produces
import jakarta.ws.rs.core.HttpHeaders
import jakarta.ws.rs.core.MediaType
import org.jboss.resteasy.reactive.RestPath
import org.jboss.resteasy.reactive.RestResponse
import org.jboss.resteasy.reactive.RestResponse.ResponseBuilder
import org.jboss.resteasy.reactive.RestResponse.Status

/** Posts at /kotlin/api, kept in memory: the store answers at once, so nothing suspends. */
@Path("/kotlin/api")
@Produces(MediaType.APPLICATION_JSON)
class PostResource(private val posts: PostStore) {

    /** The body as Jackson reads it (maps, lists, strings, numbers): the domain checks it field by field. */
    @POST
    @Path("/posts")
    @Consumes(MediaType.APPLICATION_JSON)
    suspend fun create(body: Any?): RestResponse<StoredPost> {
        val post = posts.save(NewPost.fromJson(body))
        return ResponseBuilder.create(Status.CREATED, post).header(HttpHeaders.LOCATION, PostStore.location(post)).build()
    }

    @GET
    @Path("/posts/{id}")
    suspend fun post(@RestPath id: String): StoredPost =
        posts.get(Params.postId(id))
}
