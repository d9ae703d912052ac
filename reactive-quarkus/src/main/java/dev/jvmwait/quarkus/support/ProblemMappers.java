package dev.jvmwait.quarkus.support;

import dev.jvmwait.domain.ApiException;
import dev.jvmwait.domain.Messages;
import dev.jvmwait.domain.Problem;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every failure of a handler, or of Quarkus REST before it, as an RFC 9457 problem detail. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    /** The domain's refusals, in the domain's words. */
    @ServerExceptionMapper
    public Response domain(ApiException e, HttpServerRequest request) {
        return problem(e.status(), e.detail(), request);
    }

    /**
     * Quarkus REST's own refusals, in its own words: no such endpoint or method, a media type it will not
     * read or write, a body that is not JSON. A 5xx of its own is a failure like any other.
     */
    @ServerExceptionMapper
    public Response framework(WebApplicationException e, HttpServerRequest request) {
        int status = e.getResponse().getStatus();
        return status >= 500 ? unexpected(e, request) : problem(status, e.getMessage(), request);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpServerRequest request) {
        LOG.errorf(e, "%s %s failed", request.method(), request.path());
        return problem(500, Messages.internalError(), request);
    }

    private static Response problem(int status, String detail, HttpServerRequest request) {
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(Problem.of(status, detail, request.path())).build();
    }
}
