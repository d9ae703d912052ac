package dev.jvmwait.quarkus.support;

import dev.jvmwait.domain.InFlightBound;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code MAX_IN_FLIGHT}: one bound for the service, whichever of its three styles a request is for. A plain Vert.x
 * route, first on the router, counts each request on the event loop that reads it, before Quarkus REST or a virtual
 * thread is involved; past the bound it answers 503 problem+json with {@code Retry-After} there and then. The place
 * is given back when the answer has been written or the connection is gone. Unset, no route is added.
 */
@Singleton
public class InFlightLimit {

    private final Optional<InFlightBound> bound;

    public InFlightLimit(@ConfigProperty(name = "MAX_IN_FLIGHT") Optional<String> maxInFlight) {
        this.bound = InFlightBound.of(Map.of("MAX_IN_FLIGHT", maxInFlight.orElse("")));
    }

    void limit(@Observes Router router) {
        bound.ifPresent(limit -> router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 2).handler(context -> {
            String path = context.request().path();
            if (path.startsWith("/internal/")) { // the settings page answers whatever the load: it is how the state is read
                context.next();
            } else if (limit.tryEnter()) {
                context.addEndHandler(ended -> limit.exit());
                context.next();
            } else {
                Refusals.serviceUnavailable(context.response(), limit.refusal(path));
            }
        }));
    }

    /** What {@code /internal/settings} shows. */
    public String describe() {
        return bound.map(InFlightBound::describe).orElse("none: Vert.x's own behaviour");
    }
}
