package dev.jvmwait.quarkus.support;

import dev.jvmwait.domain.InFlightBound;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code MAX_IN_FLIGHT}: one bound for the service, whichever of its three styles a request is for. A plain Vert.x
 * route, first on the router, counts each request on the event loop that reads it, before Quarkus REST or a virtual
 * thread is involved; past the bound it answers 503 problem+json with {@code Retry-After} there and then. The place
 * is given back when the answer has been written or the connection is gone. Unset, the route only counts.
 * {@code PUT /internal/max-in-flight} sets the bound while the service runs.
 */
@Singleton
public class InFlightLimit {

    private final InFlightBound bound;

    public InFlightLimit(@ConfigProperty(name = "MAX_IN_FLIGHT") Optional<String> maxInFlight) {
        this.bound = InFlightBound.of(Map.of("MAX_IN_FLIGHT", maxInFlight.orElse("")));
    }

    void limit(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 2).handler(context -> {
            String path = context.request().path();
            if (path.startsWith("/internal/")) { // the settings answer whatever the load: they are how the state is read, and set
                context.next();
            } else if (bound.tryEnter()) {
                context.addEndHandler(ended -> bound.exit());
                context.next();
            } else {
                Refusals.serviceUnavailable(context.response(), bound.refusal(path));
            }
        });
    }

    /** What {@code /internal/settings} shows. */
    public String describe() {
        return bound.describe("none: Vert.x's own behaviour");
    }

    /**
     * {@code PUT /internal/max-in-flight} with a whole number, or {@code none}: the bound from now on, for the harness,
     * which measures one warm process with and without it. Outside {@code /api}, as the settings are.
     */
    @Path("/internal/max-in-flight")
    public static class Setter {

        private final InFlightLimit limit;

        public Setter(InFlightLimit limit) {
            this.limit = limit;
        }

        @PUT
        @Produces(MediaType.APPLICATION_JSON)
        public Map<String, Object> set(String max) {
            limit.bound.set(max);
            return Map.of("in-flight bound (MAX_IN_FLIGHT)", limit.describe());
        }
    }
}
