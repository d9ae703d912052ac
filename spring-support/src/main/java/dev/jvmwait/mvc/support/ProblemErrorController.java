package dev.jvmwait.mvc.support;

import dev.jvmwait.domain.Messages;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Objects;
import org.springframework.boot.webmvc.autoconfigure.error.AbstractErrorController;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The container's error path, for what never reaches Spring MVC (a TRACE Tomcat refuses, a failing filter). */
@RestController
public class ProblemErrorController extends AbstractErrorController {

    public ProblemErrorController(ErrorAttributes errorAttributes) {
        super(errorAttributes);
    }

    @RequestMapping("${server.error.path:/error}")
    ProblemDetail error(HttpServletRequest request) {
        HttpStatus status = getStatus(request);
        ProblemDetail problem = ProblemResponses.problem(status, status.is5xxServerError() ? Messages.internalError() : status.getReasonPhrase());
        problem.setInstance(URI.create(Objects.toString(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), request.getRequestURI())));
        return problem;
    }
}
