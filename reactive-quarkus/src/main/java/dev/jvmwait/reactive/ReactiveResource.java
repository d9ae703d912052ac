package dev.jvmwait.reactive;

import dev.jvmwait.domain.Dashboard;
import dev.jvmwait.domain.FanOutMode;
import dev.jvmwait.domain.Fibonacci;
import dev.jvmwait.domain.Mixed;
import dev.jvmwait.domain.Params;
import dev.jvmwait.domain.RuntimeReport;
import dev.jvmwait.domain.SleepingUserLookups;
import dev.jvmwait.domain.StoredPost;
import dev.jvmwait.domain.ThreadReport;
import dev.jvmwait.domain.User;
import dev.jvmwait.domain.UserDirectory;
import io.smallrye.mutiny.Uni;
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
 * The `reactive` target: every handler returns a Uni, so Quarkus REST runs it on the event loop.
 *
 * Query parameters are read raw from the Vert.x request: Quarkus REST turns {@code ?delayMs=} into
 * null, which would hide the 400 an empty value deserves.
 */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public class ReactiveResource {

    private final UserService users;
    private final CpuWork cpu;
    private final PostRepository posts;
    private final PostBodies bodies;

    public ReactiveResource(UserService users, CpuWork cpu, PostRepository posts, PostBodies bodies) {
        this.users = users;
        this.cpu = cpu;
        this.posts = posts;
        this.bodies = bodies;
    }

    @GET
    @Path("/users/{id}")
    public Uni<User> user(@RestPath String id, HttpServerRequest query) {
        return users.user(Params.userId(id), Params.delay(query.getParam(Params.DELAY)));
    }

    @GET
    @Path("/users/{id}/dashboard")
    public Uni<Dashboard> dashboard(@RestPath String id, HttpServerRequest query) {
        return users.dashboard(Params.userId(id), Params.delay(query.getParam(Params.DELAY)),
                FanOutMode.parse(query.getParam(FanOutMode.PARAMETER)));
    }

    @GET
    @Path("/compute/fibonacci/{n}")
    public Uni<Fibonacci> fibonacci(@RestPath String n) {
        return cpu.fibonacci(Params.fibonacciN(n));
    }

    @GET
    @Path("/mixed/{id}")
    public Uni<Mixed> mixed(@RestPath String id, HttpServerRequest query) {
        return users.mixed(Params.userId(id), Params.delay(query.getParam(Params.DELAY)),
                Params.fibonacciN(query.getParam("n"), Fibonacci.DEFAULT_MIXED_N));
    }

    @POST
    @Path("/posts")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<RestResponse<StoredPost>> createPost(@RestHeader("Content-Type") String contentType, byte[] body) {
        return posts.save(bodies.read(contentType, body)).map(PostBodies::created);
    }

    @GET
    @Path("/posts/{id}")
    public Uni<StoredPost> post(@RestPath String id) {
        return posts.get(Params.postId(id));
    }

    @GET
    @Path("/mistakes/blocking-call")
    public Uni<User> blockingCall(HttpServerRequest query) {
        // The mistake: a thread-blocking sleep on the event loop. Every request this loop serves waits too.
        SleepingUserLookups.sleep(Params.delay(query.getParam(Params.DELAY)));
        return Uni.createFrom().item(UserDirectory.user(1));
    }

    @GET
    @Path("/mistakes/cpu-in-handler/{n}")
    public Uni<Fibonacci> cpuInHandler(@RestPath String n) {
        // The mistake: CPU work on the event loop, which serves nothing else until it is done.
        return Uni.createFrom().item(Fibonacci.compute(Params.fibonacciN(n)));
    }

    @GET
    @Path("/thread")
    public Uni<ThreadReport> thread() {
        return Uni.createFrom().item(ThreadReport.current(Context.isOnEventLoopThread()));
    }

    @GET
    @Path("/runtime")
    public Uni<RuntimeReport> runtime() {
        return Uni.createFrom().item(RuntimeReport.of("reactive", Framework.nameAndVersion()));
    }
}
