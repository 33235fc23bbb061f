package org.readtrack.security;

import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/**
 * Turns a personal API token, sent as a bearer token, into its caller. The accounts feature, which keeps the
 * tokens, supplies it; this package only tells personal tokens from access tokens, by their prefix.
 */
public interface PersonalTokenVerifier {

    /**
     * What every personal token starts with, and no access token can: a JWT starts with its base64url-encoded
     * header, {@code eyJ}. The prefix also lets secret scanners recognise a leaked token.
     */
    String PREFIX = "rt_";

    /**
     * @throws InvalidBearerTokenException for a token that is unknown, expired or revoked, or whose account is
     *         inactive: the same 401 as a bad access token
     */
    CallerAuthentication verify(String token);
}
