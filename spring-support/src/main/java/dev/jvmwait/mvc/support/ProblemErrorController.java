package dev.jvmwait.mvc.support;

import dev.jvmwait.domain.Messages;
import dev.jvmwait.domain.Problem;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The container's own error path ({@code /error}), reached by failures outside Spring MVC (a
 * rejected request line, a filter): it answers with a problem detail too, never a framework page.
 */
@RestController
public class ProblemErrorController implements ErrorController {

    @RequestMapping("/error")
    ResponseEntity<Problem> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        int status = code instanceof Integer value && value >= 400 ? value : 500;
        String path = uri == null ? request.getRequestURI() : uri.toString();
        String detail = switch (status) {
            case 404 -> Messages.noEndpoint(path);
            case 413 -> Messages.bodyTooLarge();
            case 500 -> Messages.internalError();
            default -> Problem.of(status, "", path).title().toLowerCase(java.util.Locale.ROOT);
        };
        return ResponseEntity.status(status).contentType(ProblemResponses.PROBLEM_JSON)
                .body(Problem.of(status, detail, path));
    }
}
