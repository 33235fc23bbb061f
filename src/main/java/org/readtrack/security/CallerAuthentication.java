package org.readtrack.security;

import java.util.Arrays;
import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/** A request authenticated by a valid access token of an active account. */
public final class CallerAuthentication extends AbstractAuthenticationToken {

    private final CurrentUser caller;
    private final Jwt token;

    public CallerAuthentication(CurrentUser caller, Jwt token) {
        super(authorities(caller.role()));
        this.caller = caller;
        this.token = token;
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

    @Override
    public Jwt getCredentials() {
        return token;
    }

    @Override
    public String getName() {
        return caller.username();
    }
}
