package org.readtrack.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Refuses what no endpoint can use before it costs anything: bodies over the size limit (413, whether
 * announced by Content-Length or discovered while streaming a chunked body) and query strings carrying
 * NUL characters (400), which PostgreSQL would reject as an internal error.
 */
class RequestGuardFilter extends OncePerRequestFilter {

    private final DataSize limit;
    private final HandlerExceptionResolver resolver;

    RequestGuardFilter(DataSize limit, HandlerExceptionResolver resolver) {
        this.limit = limit;
        this.resolver = resolver;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > limit.toBytes()) {
            resolver.resolveException(request, response, null, new PayloadTooLargeException(limit));
            return;
        }
        String parameterWithNul = parameterWithNul(request);
        if (parameterWithNul != null) {
            resolver.resolveException(request, response, null,
                    FieldErrors.of(parameterWithNul, StrictStringsModule.NUL_MESSAGE));
            return;
        }
        chain.doFilter(new LimitedBodyRequest(request, limit), response);
    }

    /** The first query parameter whose value holds a NUL, or null when none does. */
    private static String parameterWithNul(HttpServletRequest request) {
        String query = request.getQueryString();
        if (query == null || !(query.contains("%00") || query.indexOf('\0') >= 0)) {
            return null;
        }
        for (var parameter : request.getParameterMap().entrySet()) {
            if (java.util.Arrays.stream(parameter.getValue()).anyMatch(value -> value.indexOf('\0') >= 0)) {
                return parameter.getKey();
            }
        }
        return null;
    }

    private static final class LimitedBodyRequest extends HttpServletRequestWrapper {
        private final DataSize limit;
        private ServletInputStream stream;

        LimitedBodyRequest(HttpServletRequest request, DataSize limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new LimitedInputStream(super.getInputStream(), limit);
            }
            return stream;
        }
    }

    private static final class LimitedInputStream extends ServletInputStream {
        private final ServletInputStream delegate;
        private final DataSize limit;
        private long count;

        LimitedInputStream(ServletInputStream delegate, DataSize limit) {
            this.delegate = delegate;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = delegate.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = delegate.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            count += n;
            if (count > limit.toBytes()) {
                throw new PayloadTooLargeException(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return delegate.isFinished();
        }

        @Override
        public boolean isReady() {
            return delegate.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            delegate.setReadListener(listener);
        }
    }
}
