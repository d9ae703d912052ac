package dev.jvmwait.mvc.support;

import dev.jvmwait.domain.Messages;
import dev.jvmwait.domain.NewPost;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.ContentCachingRequestWrapper;

/** Holds request bodies to {@value NewPost#MAX_REQUEST_BYTES} bytes, announced or chunked. */
@Component
public class RequestBodyLimit extends OncePerRequestFilter {

    /**
     * A request that announces no body (no length, or zero, and not chunked: HTTP/1.1 then has none) has
     * nothing to limit: most requests, so the wrapper and its buffer stay off the hot path.
     */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getContentLengthLong() <= 0 && request.getHeader(HttpHeaders.TRANSFER_ENCODING) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // Tomcat limits form posts only. The wrapper counts the bytes as Spring reads them (keeping at most
        // the limit), and the read that crosses it fails inside Spring MVC, whose error handling answers 413.
        chain.doFilter(new ContentCachingRequestWrapper(request, NewPost.MAX_REQUEST_BYTES) {
            @Override
            protected void handleContentOverflow(int limit) {
                throw new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE, Messages.bodyTooLarge());
            }
        }, response);
    }
}
