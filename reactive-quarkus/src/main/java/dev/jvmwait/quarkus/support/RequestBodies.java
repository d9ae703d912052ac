package dev.jvmwait.quarkus.support;

import dev.jvmwait.domain.Messages;
import dev.jvmwait.domain.Problem;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** The two rules on request bodies that Quarkus does not answer with a problem detail of its own. */
@Singleton
public class RequestBodies {

    /**
     * At most quarkus.http.limits.max-body-size. Quarkus checks that limit too, but answers 413 with an
     * empty body; here a body announced too large is refused first, and a chunked one is read by
     * Vert.x's BodyHandler, which fails the request as soon as the body passes the limit. Only chunked
     * ones: Quarkus REST pauses every request it starts, which an HTTP/2 request already read refuses.
     */
    @SuppressWarnings("deprecation") // RoutingContext.setBody: where Quarkus REST finds a body read before it
    void limitSize(@Observes Router router, @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit) {
        BodyHandler chunkedBodies = BodyHandler.create(false).setBodyLimit(limit.asLongValue());
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1)
                .handler(context -> {
                    HttpServerRequest request = context.request();
                    String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
                    if (length != null && Long.parseLong(length) > limit.asLongValue()) {
                        context.fail(413);
                    } else if (request.headers().contains(HttpHeaders.TRANSFER_ENCODING, HttpHeaders.CHUNKED, true)) {
                        chunkedBodies.handle(context);
                    } else {
                        context.next();
                    }
                })
                .handler(context -> {
                    // An empty chunked body leaves no buffer, and Quarkus REST would wait for a request that has ended.
                    if (context.request().isEnded() && context.body().buffer() == null) {
                        context.setBody(Buffer.buffer());
                    }
                    context.next();
                })
                .failureHandler(context -> {
                    if (context.statusCode() != 413) {
                        context.next();
                        return;
                    }
                    context.response().setStatusCode(413)
                            .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                            .putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE) // the rest of the body is not read
                            .end(Json.encode(Problem.of(413, Messages.bodyTooLarge(), context.request().path())));
                });
    }

    /** A Content-Type: Quarkus REST reads a body sent without one as whatever @Consumes names. */
    @ServerRequestFilter
    public void requireContentType(ContainerRequestContext request, ResourceInfo resource) {
        if (request.getMediaType() == null && resource.getResourceMethod().isAnnotationPresent(Consumes.class)) {
            throw new NotSupportedException(Messages.unsupportedMediaType(null));
        }
    }
}
