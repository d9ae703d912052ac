package dev.jvmwait.quarkus;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** A handler that fails the way no one planned, for the test of the 500 problem. */
@Path("/api/test")
public class FailingResource {

    static final String SECRET = "connection string with a password";

    @GET
    @Path("/failure")
    public String failure() {
        throw new IllegalStateException(SECRET);
    }
}
