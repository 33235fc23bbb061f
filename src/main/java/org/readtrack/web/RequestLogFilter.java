package org.readtrack.web;

import java.io.IOException;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives each request an id (the caller's {@code X-Request-Id} when it is a plain token, else a new one),
 * puts it in the logging context with the client's address (as {@link ClientAddressFilter} decided it) and
 * in the response, and writes one access line per request: method, path, status and duration, with the
 * context's id, client and caller's account id. Query strings, headers and bodies are never logged: they can
 * carry personal data and secrets.
 */
class RequestLogFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Request-Id";
    private static final Pattern ACCEPTABLE_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Logger access = LoggerFactory.getLogger("readtrack.access");
    private static final HexFormat HEX = HexFormat.of();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String given = request.getHeader(HEADER);
        String id = given != null && ACCEPTABLE_ID.matcher(given).matches() ? given : newId();
        long start = System.nanoTime();
        String client = request.getRemoteAddr();
        MDC.put(LoggingContext.REQUEST_ID, id);
        MDC.put(LoggingContext.CLIENT, client);
        // set by the security chain, and only for a verified token: never one left on this thread before
        MDC.remove(LoggingContext.USER_ID);
        response.setHeader(HEADER, id);
        try {
            chain.doFilter(request, response);
        } finally {
            if (request.isAsyncStarted()) {
                // the answer comes later, from another thread (password hashing): log it when it is sent
                request.getAsyncContext().addListener(new AsyncListener() {
                    @Override
                    public void onComplete(AsyncEvent event) {
                        MDC.put(LoggingContext.REQUEST_ID, id);
                        MDC.put(LoggingContext.CLIENT, client);
                        if (request.getAttribute(LoggingContext.USER_ID_ATTRIBUTE) instanceof String userId) {
                            MDC.put(LoggingContext.USER_ID, userId);
                        }
                        log(request, response, start);
                        clear();
                    }

                    @Override
                    public void onTimeout(AsyncEvent event) {
                    }

                    @Override
                    public void onError(AsyncEvent event) {
                    }

                    @Override
                    public void onStartAsync(AsyncEvent event) {
                    }
                });
            } else {
                log(request, response, start);
            }
            clear();
        }
    }

    private static void clear() {
        MDC.remove(LoggingContext.REQUEST_ID);
        MDC.remove(LoggingContext.CLIENT);
        MDC.remove(LoggingContext.USER_ID);
    }

    private static void log(HttpServletRequest request, HttpServletResponse response, long start) {
        if (access.isInfoEnabled()) {
            access.info("{} {} {} {}ms", request.getMethod(), request.getRequestURI(), response.getStatus(),
                    (System.nanoTime() - start) / 1_000_000);
        }
    }

    /** 16 hex digits: enough to tell requests apart, and cheap (a UUID draws on the contended SecureRandom). */
    private static String newId() {
        return HEX.toHexDigits(ThreadLocalRandom.current().nextLong());
    }
}
