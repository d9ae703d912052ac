package dev.jvmwait.reactive;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jvmwait.domain.Problem;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.io.UncheckedIOException;

/** Writes RFC 9457 problem details, from a JAX-RS exception mapper or straight from a Vert.x route. */
@ApplicationScoped
public class Problems {

    private final ObjectMapper mapper;

    public Problems(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public Response response(int status, String detail, String instance) {
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(json(Problem.of(status, detail, instance)))
                .build();
    }

    /** For answers Quarkus REST never sees: no resource matched, or the body was refused before it. */
    public void write(RoutingContext context, int status, String detail) {
        context.response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(json(Problem.of(status, detail, context.request().path())));
    }

    private String json(Problem problem) {
        try {
            return mapper.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
