package dev.jvmwait.mvc.support;

import dev.jvmwait.domain.ApiException;
import dev.jvmwait.domain.Messages;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Every failure under {@code /api} as an RFC 9457 problem: Spring's own for Spring's errors, the domain's words for its own. */
@RestControllerAdvice
public class ProblemResponses extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

    @ExceptionHandler(ApiException.class)
    ProblemDetail apiException(ApiException e) {
        return problem(HttpStatusCode.valueOf(e.status()), e.detail());
    }

    /** Tomcat's own 400, for a query string it cannot decode (such as {@code ?delayMs=%}). */
    @ExceptionHandler(InvalidParameterException.class)
    ProblemDetail undecodableQuery() {
        return problem(HttpStatus.BAD_REQUEST, "the query string is not valid percent-encoding");
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e, HttpServletRequest request) {
        log.error("{} {} failed", request.getMethod(), request.getRequestURI(), e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, Messages.internalError());
    }

    /** Spring 7 leaves out a type of about:blank, as RFC 9457 allows; API.md asks for it, on Spring's problems too. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (body instanceof ProblemDetail problem && problem.getType() == null) {
            problem.setType(URI.create("about:blank"));
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    static ProblemDetail problem(HttpStatusCode status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("about:blank"));
        return problem;
    }
}
