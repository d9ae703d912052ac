package dev.jvmwait.quarkus.virtual;

import dev.jvmwait.domain.Fibonacci;
import dev.jvmwait.domain.Params;
import dev.jvmwait.domain.SleepingUserLookups;
import dev.jvmwait.domain.User;
import dev.jvmwait.domain.UserDirectory;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** The two mistakes at /virtual/api: the sleep is harmless here, the CPU work on the carrier is not. */
@Path("/virtual/api")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
public class MistakeResource {

    @GET
    @Path("/mistakes/blocking-call")
    public User blockingCall(@RestQuery String delayMs) {
        // The same sleep as the event loop's mistake, and harmless here: the virtual thread unmounts.
        SleepingUserLookups.sleep(Params.delay(delayMs));
        return UserDirectory.user(1);
    }

    @GET
    @Path("/mistakes/cpu-in-handler/{n}")
    public Fibonacci cpuInHandler(@RestPath String n) {
        // The mistake: CPU work on the virtual thread holds its carrier until it is done.
        return Fibonacci.compute(Params.fibonacciN(n));
    }
}
