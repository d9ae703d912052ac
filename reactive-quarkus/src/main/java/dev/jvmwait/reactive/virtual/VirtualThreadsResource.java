package dev.jvmwait.reactive.virtual;

import dev.jvmwait.domain.Dashboard;
import dev.jvmwait.domain.FanOutMode;
import dev.jvmwait.domain.Fibonacci;
import dev.jvmwait.domain.Mixed;
import dev.jvmwait.domain.Params;
import dev.jvmwait.domain.PostStore;
import dev.jvmwait.domain.RuntimeReport;
import dev.jvmwait.domain.SleepingUserLookups;
import dev.jvmwait.domain.StoredPost;
import dev.jvmwait.domain.ThreadReport;
import dev.jvmwait.domain.User;
import dev.jvmwait.domain.UserDirectory;
import dev.jvmwait.reactive.Framework;
import dev.jvmwait.reactive.PostBodies;
import io.smallrye.common.annotation.RunOnVirtualThread;
import io.vertx.core.Context;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The `quarkus-virtual` target: the same stack as /api, but each request runs on its own virtual thread.
 *
 * Query parameters are read raw from the Vert.x request: Quarkus REST turns {@code ?delayMs=} into
 * null, which would hide the 400 an empty value deserves.
 */
@Path("/virtual/api")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
public class VirtualThreadsResource {

    private final VirtualUserService users;
    private final PostStore posts;
    private final PostBodies bodies;

    public VirtualThreadsResource(VirtualUserService users, PostStore posts, PostBodies bodies) {
        this.users = users;
        this.posts = posts;
        this.bodies = bodies;
    }

    @GET
    @Path("/users/{id}")
    public User user(@RestPath String id, HttpServerRequest query) {
        return users.user(Params.userId(id), Params.delay(query.getParam(Params.DELAY)));
    }

    @GET
    @Path("/users/{id}/dashboard")
    public Dashboard dashboard(@RestPath String id, HttpServerRequest query) {
        return users.dashboard(Params.userId(id), Params.delay(query.getParam(Params.DELAY)),
                FanOutMode.parse(query.getParam(FanOutMode.PARAMETER)));
    }

    @GET
    @Path("/compute/fibonacci/{n}")
    public Fibonacci fibonacci(@RestPath String n) {
        return users.fibonacci(Params.fibonacciN(n));
    }

    @GET
    @Path("/mixed/{id}")
    public Mixed mixed(@RestPath String id, HttpServerRequest query) {
        return users.mixed(Params.userId(id), Params.delay(query.getParam(Params.DELAY)),
                Params.fibonacciN(query.getParam("n"), Fibonacci.DEFAULT_MIXED_N));
    }

    @POST
    @Path("/posts")
    @Consumes(MediaType.APPLICATION_JSON)
    public RestResponse<StoredPost> createPost(@RestHeader("Content-Type") String contentType, byte[] body) {
        return PostBodies.created(posts.save(bodies.read(contentType, body)));
    }

    @GET
    @Path("/posts/{id}")
    public StoredPost post(@RestPath String id) {
        return posts.get(Params.postId(id));
    }

    @GET
    @Path("/mistakes/blocking-call")
    public User blockingCall(HttpServerRequest query) {
        // The same sleep as the event loop's mistake, and harmless here: the virtual thread unmounts.
        SleepingUserLookups.sleep(Params.delay(query.getParam(Params.DELAY)));
        return UserDirectory.user(1);
    }

    @GET
    @Path("/mistakes/cpu-in-handler/{n}")
    public Fibonacci cpuInHandler(@RestPath String n) {
        // The mistake: CPU work on the virtual thread holds its carrier until it is done.
        return Fibonacci.compute(Params.fibonacciN(n));
    }

    @GET
    @Path("/thread")
    public ThreadReport thread() {
        return ThreadReport.current(Context.isOnEventLoopThread());
    }

    @GET
    @Path("/runtime")
    public RuntimeReport runtime() {
        return RuntimeReport.of("quarkus-virtual", Framework.nameAndVersion());
    }
}
