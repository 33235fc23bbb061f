package org.readtrack.security;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;

/**
 * What the bearer-token filter asks to authenticate a request: a personal API token, recognised by its prefix
 * alone, goes to the {@link PersonalTokenVerifier}; anything else is taken for an access token and verified as
 * a JWT, exactly as the resource server's own {@code jwt()} set-up would. No token is tried both ways.
 */
final class BearerTokens implements AuthenticationManager {

    private final JwtAuthenticationProvider accessTokens;
    private final PersonalTokenVerifier personalTokens;

    BearerTokens(JwtDecoder accessTokenDecoder, Converter<Jwt, AbstractAuthenticationToken> callerFromToken,
            PersonalTokenVerifier personalTokens) {
        this.accessTokens = new JwtAuthenticationProvider(accessTokenDecoder);
        this.accessTokens.setJwtAuthenticationConverter(callerFromToken);
        this.personalTokens = personalTokens;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        BearerTokenAuthenticationToken bearer = (BearerTokenAuthenticationToken) authentication;
        if (!bearer.getToken().startsWith(PersonalTokenVerifier.PREFIX)) {
            return accessTokens.authenticate(bearer);
        }
        CallerAuthentication caller = personalTokens.verify(bearer.getToken());
        caller.setDetails(bearer.getDetails());
        return caller;
    }
}
