package org.readtrack.security;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * A request authenticated by a valid access token, or by a personal API token, of an active account. Either
 * way the caller has its account's role; a personal token's scope narrows what it may do
 * ({@link PersonalTokenLimits}).
 */
public final class CallerAuthentication extends AbstractAuthenticationToken {

    private final CurrentUser caller;
    private final Jwt token;
    private final PersonalTokenScope personalTokenScope;

    /** By an access token. */
    public CallerAuthentication(CurrentUser caller, Jwt token) {
        this(caller, token, null);
    }

    /** By a personal API token, whose secret is not kept past its verification. */
    public CallerAuthentication(CurrentUser caller, PersonalTokenScope personalTokenScope) {
        this(caller, null, personalTokenScope);
    }

    private CallerAuthentication(CurrentUser caller, Jwt token, PersonalTokenScope personalTokenScope) {
        super(authorities(caller.role()));
        this.caller = caller;
        this.token = token;
        this.personalTokenScope = personalTokenScope;
        setAuthenticated(true);
    }

    /** Each role holds the authorities of the roles below it, so that a rule names the least role it needs. */
    private static List<SimpleGrantedAuthority> authorities(Role role) {
        return Arrays.stream(Role.values())
                .filter(granted -> granted.ordinal() <= role.ordinal())
                .map(granted -> new SimpleGrantedAuthority("ROLE_" + granted.name()))
                .toList();
    }

    @Override
    public CurrentUser getPrincipal() {
        return caller;
    }

    /** The access token; null for a personal API token. */
    @Override
    public Jwt getCredentials() {
        return token;
    }

    @Override
    public String getName() {
        return caller.username();
    }

    /** The scope of the personal API token the request came with; empty for an access token. */
    public Optional<PersonalTokenScope> personalTokenScope() {
        return Optional.ofNullable(personalTokenScope);
    }

    /**
     * Refuses (403) what no personal API token may do but only the request's body shows, such as a new email
     * address; what the method and path show is refused before ({@link PersonalTokenLimits}).
     */
    public void refuseToPersonalToken(String action) {
        if (personalTokenScope != null) {
            throw new AccessDeniedException("Personal API tokens cannot " + action + ".");
        }
    }
}
