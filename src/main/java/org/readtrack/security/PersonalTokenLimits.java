package org.readtrack.security;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

/**
 * What a personal API token may never do, on top of what its owner's role allows (the authorization rules,
 * which come next): a {@code read} token only reads (GET, HEAD, OPTIONS), and no personal token touches what guards the
 * account itself: the password, the tokens, the sessions (refresh, logout, logout everywhere). A token sits in
 * scripts and configuration files, where it leaks more easily than a password: whoever finds one must not be
 * able to lock the owner out or mint more. The email address, which only the body of a PATCH shows, is refused
 * by the controllers ({@link CallerAuthentication#refuseToPersonalToken}).
 *
 * <p>It sits between the exception translation and the authorization filter: its refusal becomes the same 403
 * problem response as any other.
 */
final class PersonalTokenLimits extends OncePerRequestFilter {

    /** The methods that change nothing: OPTIONS only says which others a path takes. */
    private static final Set<String> READING = Set.of("GET", "HEAD", "OPTIONS");

    private static final RequestMatcher ACCOUNT_GUARDS = new OrRequestMatcher(
            pathPattern("/api/auth/password/**"), pathPattern("/api/auth/tokens/**"),
            pathPattern("/api/auth/refresh"), pathPattern("/api/auth/logout"),
            pathPattern("/api/auth/logout-everywhere"));

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof CallerAuthentication caller) {
            caller.personalTokenScope().ifPresent(scope -> refuseBeyond(scope, request));
        }
        chain.doFilter(request, response);
    }

    private static void refuseBeyond(PersonalTokenScope scope, HttpServletRequest request) {
        if (ACCOUNT_GUARDS.matches(request)) {
            throw new AccessDeniedException("Personal API tokens cannot manage the password, tokens or sessions.");
        }
        if (scope == PersonalTokenScope.READ && !READING.contains(request.getMethod())) {
            throw new AccessDeniedException("A read-only personal API token cannot change anything.");
        }
    }
}
