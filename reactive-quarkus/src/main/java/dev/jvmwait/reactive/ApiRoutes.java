package dev.jvmwait.reactive;

import dev.jvmwait.domain.Messages;
import dev.jvmwait.domain.NewPost;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** The problems Quarkus REST never sees: no resource at all, and a body announced too large. */
@ApplicationScoped
public class ApiRoutes {

    /** /api, /kotlin/api and /virtual/api, and everything under them. */
    static final String API_PATHS = "^(/kotlin|/virtual)?/api(/.*)?$";

    private final Problems problems;

    public ApiRoutes(Problems problems) {
        this.problems = problems;
    }

    void install(@Observes Router router) {
        // Before Quarkus' own upload limit, which would answer an announced large body with an empty 413.
        router.routeWithRegex(API_PATHS).order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1)
                .handler(this::refuseAnnouncedLargeBody);
        // After Quarkus REST, which passes a request on when no resource class matches it.
        router.routeWithRegex(API_PATHS).order(RouteConstants.ROUTE_ORDER_AFTER_DEFAULT + 1000)
                .handler(context -> problems.write(context, 404, Messages.noEndpoint(context.request().path())));
    }

    /** A chunked body has no length to check here: PostBodies counts it once Quarkus REST has read it. */
    private void refuseAnnouncedLargeBody(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && isLarger(length, NewPost.MAX_REQUEST_BYTES)) {
            // The body is not read: close the connection rather than drain it.
            context.response().putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE);
            problems.write(context, 413, Messages.bodyTooLarge());
            return;
        }
        context.next();
    }

    private static boolean isLarger(String length, long limit) {
        try {
            return Long.parseLong(length.trim()) > limit;
        } catch (NumberFormatException malformed) {
            return false;
        }
    }
}
