package dev.jvmwait.quarkus.mutiny;

import dev.jvmwait.domain.Fibonacci;
import dev.jvmwait.domain.Mixed;
import dev.jvmwait.domain.Params;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** CPU work at /api, offloaded so that the event loop stays free. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public class ComputeResource {

    private final Lookups lookups;
    private final CpuOffload cpu;

    public ComputeResource(Lookups lookups, CpuOffload cpu) {
        this.lookups = lookups;
        this.cpu = cpu;
    }

    @GET
    @Path("/compute/fibonacci/{n}")
    public Uni<Fibonacci> fibonacci(@RestPath String n) {
        return cpu.fibonacci(Params.fibonacciN(n));
    }

    @GET
    @Path("/mixed/{id}")
    public Uni<Mixed> mixed(@RestPath String id, @RestQuery String delayMs, @RestQuery String n) {
        long userId = Params.userId(id);
        int fibonacciN = Params.fibonacciN(n, Fibonacci.DEFAULT_MIXED_N);
        return lookups.user(userId, Params.delay(delayMs))
                .flatMap(user -> cpu.fibonacci(fibonacciN).map(fibonacci -> new Mixed(user, fibonacci)));
    }
}
