package dev.jvmwait.mvc.support;

import dev.jvmwait.domain.ApiException;
import dev.jvmwait.domain.Messages;
import dev.jvmwait.domain.NewPost;
import dev.jvmwait.domain.Problem;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Holds request bodies to {@value NewPost#MAX_REQUEST_BYTES} bytes. A declared length over the
 * limit is refused before any byte is read; a chunked body is cut off as it crosses the limit.
 */
@Component
public class RequestBodyLimit extends OncePerRequestFilter {

    private final JsonMapper json;

    public RequestBodyLimit(JsonMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > NewPost.MAX_REQUEST_BYTES) {
            response.setStatus(413);
            response.setContentType(ProblemResponses.PROBLEM_JSON.toString());
            // Written here: the filter runs before Spring MVC and its exception handlers.
            json.writeValue(response.getOutputStream(), Problem.of(413, Messages.bodyTooLarge(), request.getRequestURI()));
            return;
        }
        chain.doFilter(new LimitedRequest(request), response);
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {

        LimitedRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            return new LimitedStream(super.getInputStream());
        }
    }

    private static final class LimitedStream extends ServletInputStream {

        private final ServletInputStream in;
        private long read;

        LimitedStream(ServletInputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > NewPost.MAX_REQUEST_BYTES) {
                throw new ApiException(413, Messages.bodyTooLarge());
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
