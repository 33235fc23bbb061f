package org.readtrack.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.readtrack.database.DatabaseFailure;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Database failures raised before Spring MVC, in the security filters (the account behind a token is read
 * there), get the same 503 as those raised in controllers. Without it they reach the servlet container,
 * which logs a stack trace per request and answers 500. Costs a try block per request, nothing more.
 */
@Component
class DatabaseFailureFilter extends OncePerRequestFilter implements Ordered {

    private final HandlerExceptionResolver resolver;

    DatabaseFailureFilter(@Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver) {
        this.resolver = resolver;
    }

    /** Right after the request guard, before Spring Security (-100). */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 4;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (RuntimeException | ServletException e) {
            if (response.isCommitted() || DatabaseFailure.of(e) == null) {
                throw e;
            }
            resolver.resolveException(request, response, null, e);
        }
    }
}
