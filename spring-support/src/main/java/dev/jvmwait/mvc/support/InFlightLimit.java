package dev.jvmwait.mvc.support;

import dev.jvmwait.domain.InFlightBound;
import dev.jvmwait.domain.Problem;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code MAX_IN_FLIGHT}: past the bound, a request is refused before any other filter or handler sees it, with 503
 * problem+json and {@code Retry-After}; unset, this filter only counts. The count covers the request from here to the
 * end of its answer. {@code PUT /internal/max-in-flight} sets the bound while the service runs. In {@code blocking} Tomcat's 200 threads are a bound already (the 201st request waits in the
 * accept queue, unseen), so a bound above 200 never refuses there; in {@code virtual} nothing else bounds it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class InFlightLimit extends OncePerRequestFilter implements SettingsSource {

    private final InFlightBound bound;
    private final JsonMapper json;

    public InFlightLimit(@Value("${MAX_IN_FLIGHT:}") String maxInFlight, JsonMapper json) {
        this.bound = InFlightBound.of(Map.of("MAX_IN_FLIGHT", maxInFlight));
        this.json = json;
    }

    /** The settings answer whatever the load: they are how the bound's state is read, and set. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().startsWith("/internal/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!bound.tryEnter()) {
            response.setStatus(503);
            response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(InFlightBound.RETRY_AFTER_S));
            response.setContentType(Problem.MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(json.writeValueAsString(bound.refusal(request.getRequestURI())));
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            bound.exit();
        }
    }

    @Override
    public Map<String, Object> settings() {
        return Map.of("in-flight bound (MAX_IN_FLIGHT)", bound.describe("none: Tomcat's own behaviour"));
    }

    /**
     * {@code PUT /internal/max-in-flight} with a whole number, or {@code none}: the bound from now on, for the harness,
     * which measures one warm process with and without it. Outside {@code /api}, as the settings are.
     */
    @RestController
    static class Setter {

        private final InFlightLimit limit;

        Setter(InFlightLimit limit) {
            this.limit = limit;
        }

        @PutMapping("/internal/max-in-flight")
        Map<String, Object> set(@RequestBody(required = false) String max) {
            limit.bound.set(max);
            return limit.settings();
        }
    }
}
