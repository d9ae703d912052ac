package dev.jvmwait.quarkus.support;

import dev.jvmwait.domain.InFlightBound;
import dev.jvmwait.domain.Problem;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.Json;

/** The one way this service's first routes turn a request away: 503 problem+json with {@code Retry-After}. */
final class Refusals {

    private Refusals() {
    }

    static void serviceUnavailable(HttpServerResponse response, Problem problem) {
        response.setStatusCode(503)
                .putHeader("Retry-After", Integer.toString(InFlightBound.RETRY_AFTER_S))
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(Json.encode(problem));
    }
}
