package org.readtrack.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.readtrack.database.DatabaseFailure;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Database failures raised before Spring MVC, in the security filters (the account behind a token is read
 * there), get the same 503 as those raised in controllers. Without it they reach the servlet container,
 * which logs a stack trace per request and answers 500. Costs a try block per request, nothing more.
 */
class DatabaseFailureFilter extends OncePerRequestFilter {

    private final HandlerExceptionResolver resolver;

    DatabaseFailureFilter(HandlerExceptionResolver resolver) {
        this.resolver = resolver;
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
