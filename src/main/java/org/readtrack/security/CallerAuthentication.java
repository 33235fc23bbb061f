package org.readtrack.security;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/** A request authenticated by a valid access token of an active account. */
public final class CallerAuthentication extends AbstractAuthenticationToken {

    private final CurrentUser caller;
    private final Jwt token;

    public CallerAuthentication(CurrentUser caller, Jwt token) {
        super(caller.admin()
                ? List.of(new SimpleGrantedAuthority("ROLE_USER"), new SimpleGrantedAuthority("ROLE_ADMIN"))
                : List.of(new SimpleGrantedAuthority("ROLE_USER")));
        this.caller = caller;
        this.token = token;
        setAuthenticated(true);
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
