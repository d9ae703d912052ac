package dev.jvmwait.reactive;

import dev.jvmwait.domain.ApiException;
import dev.jvmwait.domain.Messages;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure under the three prefixes into a problem detail; the most specific type wins. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final Problems problems;
    private final AllowedMethods allowedMethods;

    public ProblemMappers(Problems problems, AllowedMethods allowedMethods) {
        this.problems = problems;
        this.allowedMethods = allowedMethods;
    }

    @ServerExceptionMapper
    public Response apiException(ApiException e, HttpServerRequest request) {
        return problems.response(e.status(), e.detail(), request.path());
    }

    /** A prefix matched a resource class but no method path did. */
    @ServerExceptionMapper
    public Response noEndpoint(NotFoundException e, HttpServerRequest request) {
        return problems.response(404, Messages.noEndpoint(request.path()), request.path());
    }

    @ServerExceptionMapper
    public Response methodNotAllowed(NotAllowedException e, HttpServerRequest request) {
        Response problem = problems.response(405, Messages.methodNotAllowed(request.method().name(), request.path()), request.path());
        return Response.fromResponse(problem).header("Allow", allowedMethods.allow(request.path())).build();
    }

    @ServerExceptionMapper
    public Response unsupportedMediaType(NotSupportedException e, HttpServerRequest request) {
        String contentType = request.getHeader(HttpHeaders.CONTENT_TYPE);
        return problems.response(415, Messages.unsupportedMediaType(contentType), request.path());
    }

    /** An Accept header that excludes JSON. */
    @ServerExceptionMapper
    public Response notAcceptable(NotAcceptableException e, HttpServerRequest request) {
        return problems.response(406, Messages.notAcceptable(), request.path());
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, HttpServerRequest request) {
        if (e.getResponse().getStatus() == 413) {
            return problems.response(413, Messages.bodyTooLarge(), request.path());
        }
        return unexpected(e, request);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpServerRequest request) {
        LOG.errorf(e, "%s %s failed", request.method(), request.path());
        return problems.response(500, Messages.internalError(), request.path());
    }
}
