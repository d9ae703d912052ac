package dev.jvmwait.reactive.kotlin

import dev.jvmwait.domain.Dashboard
import dev.jvmwait.domain.FanOutMode
import dev.jvmwait.domain.Fibonacci
import dev.jvmwait.domain.Mixed
import dev.jvmwait.domain.Params
import dev.jvmwait.domain.RuntimeReport
import dev.jvmwait.domain.SleepingUserLookups
import dev.jvmwait.domain.StoredPost
import dev.jvmwait.domain.ThreadReport
import dev.jvmwait.domain.User
import dev.jvmwait.domain.UserDirectory
import dev.jvmwait.reactive.Framework
import dev.jvmwait.reactive.PostBodies
import dev.jvmwait.reactive.PostRepository
import io.smallrye.mutiny.coroutines.awaitSuspending
import io.vertx.core.Context
import io.vertx.core.http.HttpServerRequest
import jakarta.ws.rs.Consumes
import jakarta.ws.rs.GET
import jakarta.ws.rs.POST
import jakarta.ws.rs.Path
import jakarta.ws.rs.Produces
import jakarta.ws.rs.core.MediaType
import org.jboss.resteasy.reactive.RestPath
import org.jboss.resteasy.reactive.RestHeader
import org.jboss.resteasy.reactive.RestResponse

/**
 * The `coroutines` target: suspend handlers, which Quarkus REST runs on the event loop.
 *
 * Query parameters are read raw from the Vert.x request: Quarkus REST turns `?delayMs=` into
 * null, which would hide the 400 an empty value deserves.
 */
@Path("/kotlin/api")
@Produces(MediaType.APPLICATION_JSON)
class CoroutinesResource(
    private val users: CoroutineUserService,
    private val posts: PostRepository,
    private val bodies: PostBodies,
) {

    @GET
    @Path("/users/{id}")
    suspend fun user(@RestPath id: String, query: HttpServerRequest): User =
        users.user(Params.userId(id), Params.delay(query.getParam(Params.DELAY)))

    @GET
    @Path("/users/{id}/dashboard")
    suspend fun dashboard(@RestPath id: String, query: HttpServerRequest): Dashboard =
        users.dashboard(Params.userId(id), Params.delay(query.getParam(Params.DELAY)),
            FanOutMode.parse(query.getParam(FanOutMode.PARAMETER)))

    @GET
    @Path("/compute/fibonacci/{n}")
    suspend fun fibonacci(@RestPath n: String): Fibonacci =
        users.fibonacci(Params.fibonacciN(n))

    @GET
    @Path("/mixed/{id}")
    suspend fun mixed(@RestPath id: String, query: HttpServerRequest): Mixed =
        users.mixed(Params.userId(id), Params.delay(query.getParam(Params.DELAY)),
            Params.fibonacciN(query.getParam("n"), Fibonacci.DEFAULT_MIXED_N))

    /** The posts live behind the Java side's Uni repository: mutiny-kotlin turns each Uni into a suspension. */
    @POST
    @Path("/posts")
    @Consumes(MediaType.APPLICATION_JSON)
    suspend fun createPost(@RestHeader("Content-Type") contentType: String?, body: ByteArray): RestResponse<StoredPost> =
        PostBodies.created(posts.save(bodies.read(contentType, body)).awaitSuspending())

    @GET
    @Path("/posts/{id}")
    suspend fun post(@RestPath id: String): StoredPost =
        posts.get(Params.postId(id)).awaitSuspending()

    @GET
    @Path("/mistakes/blocking-call")
    suspend fun blockingCall(query: HttpServerRequest): User {
        // The mistake: a thread-blocking sleep inside a suspend function still blocks the event loop.
        SleepingUserLookups.sleep(Params.delay(query.getParam(Params.DELAY)))
        return UserDirectory.user(1)
    }

    @GET
    @Path("/mistakes/cpu-in-handler/{n}")
    suspend fun cpuInHandler(@RestPath n: String): Fibonacci =
        // The mistake: CPU work on the event loop; `suspend` does not move it anywhere.
        Fibonacci.compute(Params.fibonacciN(n))

    @GET
    @Path("/thread")
    suspend fun thread(): ThreadReport = ThreadReport.current(Context.isOnEventLoopThread())

    @GET
    @Path("/runtime")
    suspend fun runtime(): RuntimeReport = RuntimeReport.of("coroutines", Framework.nameAndVersion())
}
