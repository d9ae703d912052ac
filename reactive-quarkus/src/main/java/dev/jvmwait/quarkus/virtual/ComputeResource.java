package dev.jvmwait.quarkus.virtual;

import dev.jvmwait.domain.Fibonacci;
import dev.jvmwait.domain.Mixed;
import dev.jvmwait.domain.Params;
import dev.jvmwait.domain.UserLookups;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** CPU work at /virtual/api, offloaded so that it never holds a carrier. */
@Path("/virtual/api")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
public class ComputeResource {

    private final UserLookups lookups;
    private final CpuOffload cpu;

    public ComputeResource(UserLookups lookups, CpuOffload cpu) {
        this.lookups = lookups;
        this.cpu = cpu;
    }

    @GET
    @Path("/compute/fibonacci/{n}")
    public Fibonacci fibonacci(@RestPath String n) {
        return cpu.fibonacci(Params.fibonacciN(n));
    }

    @GET
    @Path("/mixed/{id}")
    public Mixed mixed(@RestPath String id, @RestQuery String delayMs, @RestQuery String n) {
        long userId = Params.userId(id);
        int fibonacciN = Params.fibonacciN(n, Fibonacci.DEFAULT_MIXED_N);
        return new Mixed(lookups.user(userId, Params.delay(delayMs)), cpu.fibonacci(fibonacciN));
    }
}
