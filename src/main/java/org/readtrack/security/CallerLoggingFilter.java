package org.readtrack.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.readtrack.web.LoggingContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Names the caller's account in the logging context as soon as its token is verified (it sits right after
 * the bearer-token filter), so that the rest of the request's lines and its access line carry it. Only the
 * account id: never the token, nor the username.
 */
class CallerLoggingFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof CallerAuthentication caller) {
            LoggingContext.callerIdentified(request, caller.getPrincipal().id());
        }
        chain.doFilter(request, response);
    }
}
