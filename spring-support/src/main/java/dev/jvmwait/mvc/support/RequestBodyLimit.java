package dev.jvmwait.mvc.support;

import dev.jvmwait.domain.Messages;
import dev.jvmwait.domain.NewPost;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.ContentCachingRequestWrapper;

/**
 * Holds request bodies to {@value NewPost#MAX_REQUEST_BYTES} bytes, announced or chunked. Tomcat
 * limits only form posts, so Spring's counting wrapper watches the bytes as they are read: the read
 * that crosses the limit fails with a 413, inside Spring MVC, whose error handling answers it.
 */
@Component
public class RequestBodyLimit extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(new ContentCachingRequestWrapper(request, NewPost.MAX_REQUEST_BYTES) {
            @Override
            protected void handleContentOverflow(int limit) {
                throw new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE, Messages.bodyTooLarge());
            }
        }, response);
    }
}
