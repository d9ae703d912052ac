package dev.jvmwait.quarkus.support;

import dev.jvmwait.domain.Messages;
import dev.jvmwait.domain.Problem;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * Once SIGTERM has come, a request that arrives is answered 503 with {@code Retry-After} and its connection closed,
 * while the requests already in flight finish (quarkus.shutdown.timeout). Quarkus alone keeps serving new requests
 * through its grace period, only closing their connections after them (its GracefulShutdownFilter); Tomcat stops
 * accepting them. A JVM shutdown hook runs as soon as the signal does, beside Quarkus's own, so the refusal starts
 * at once.
 */
@Singleton
public class Draining {

    private volatile boolean draining;

    void refuseNewRequestsOnceStopping(@Observes Router router) {
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().name("draining").unstarted(() -> draining = true));
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 3).handler(context -> {
            if (!draining) {
                context.next();
                return;
            }
            Refusals.serviceUnavailable(context.response().putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE),
                    Problem.of(503, Messages.shuttingDown(), context.request().path()));
        });
    }
}
