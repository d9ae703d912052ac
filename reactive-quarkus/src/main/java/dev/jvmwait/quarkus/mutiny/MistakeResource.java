package dev.jvmwait.quarkus.mutiny;

import dev.jvmwait.domain.Fibonacci;
import dev.jvmwait.domain.Params;
import dev.jvmwait.domain.SleepingUserLookups;
import dev.jvmwait.domain.User;
import dev.jvmwait.domain.UserDirectory;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** The two mistakes at /api, made on purpose: blocking and computing on the event loop. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public class MistakeResource {

    @GET
    @Path("/mistakes/blocking-call")
    public Uni<User> blockingCall(@RestQuery String delayMs) {
        // The mistake: a thread-blocking sleep on the event loop. Every request this loop serves waits too.
        SleepingUserLookups.sleep(Params.delay(delayMs));
        return Uni.createFrom().item(UserDirectory.user(1));
    }

    @GET
    @Path("/mistakes/cpu-in-handler/{n}")
    public Uni<Fibonacci> cpuInHandler(@RestPath String n) {
        // The mistake: CPU work on the event loop, which serves nothing else until it is done.
        return Uni.createFrom().item(Fibonacci.compute(Params.fibonacciN(n)));
    }
}
