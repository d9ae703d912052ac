package dev.jvmwait.mvc.support;

import dev.jvmwait.domain.ApiException;
import dev.jvmwait.domain.Messages;
import dev.jvmwait.domain.Problem;
import jakarta.servlet.http.HttpServletRequest;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Turns every failure under {@code /api} into API.md's problem detail, in the shared words. */
@RestControllerAdvice
public class ProblemResponses {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);
    public static final MediaType PROBLEM_JSON = MediaType.parseMediaType(Problem.MEDIA_TYPE);

    @ExceptionHandler(ApiException.class)
    ResponseEntity<Problem> apiException(ApiException e, HttpServletRequest request) {
        return problem(e.status(), e.detail(), request);
    }

    @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class})
    ResponseEntity<Problem> noEndpoint(Exception e, HttpServletRequest request) {
        return problem(404, Messages.noEndpoint(request.getRequestURI()), request);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<Problem> methodNotAllowed(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        String allowed = e.getSupportedHttpMethods() == null ? "" : e.getSupportedHttpMethods().stream()
                .map(Object::toString).collect(Collectors.joining(", "));
        return ResponseEntity.status(405)
                .header(HttpHeaders.ALLOW, allowed)
                .contentType(PROBLEM_JSON)
                .body(Problem.of(405, Messages.methodNotAllowed(request.getMethod(), request.getRequestURI()), request.getRequestURI()));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Problem> unsupportedMediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        return problem(415, Messages.unsupportedMediaType(request.getContentType()), request);
    }

    /** The problem is written as application/problem+json all the same: a client must learn why. */
    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<Problem> notAcceptable(HttpMediaTypeNotAcceptableException e, HttpServletRequest request) {
        return problem(406, Messages.notAcceptable(), request);
    }

    /** A required body that is missing or unreadable: the same answer as malformed JSON. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Problem> unreadableBody(HttpMessageNotReadableException e, HttpServletRequest request) {
        return problem(400, Messages.bodyNotJson(), request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Problem> unexpected(Exception e, HttpServletRequest request) {
        log.error("{} {} failed", request.getMethod(), request.getRequestURI(), e);
        return problem(500, Messages.internalError(), request);
    }

    static ResponseEntity<Problem> problem(int status, String detail, HttpServletRequest request) {
        return ResponseEntity.status(status).contentType(PROBLEM_JSON)
                .body(Problem.of(status, detail, request.getRequestURI()));
    }
}
