package org.readtrack.accounts;

import java.time.Instant;

import org.readtrack.security.CallerAuthentication;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.stereotype.Component;

/**
 * Turns a verified access token into the caller. The account's state comes from the database (through
 * {@link Callers}), not from the token, so a deactivated or deleted account stops working and a role change
 * applies to tokens already issued. Tokens issued before the account's last revocation (password change,
 * logout from everywhere, deactivation) are refused, and so are those of a login that has ended (signed out, or
 * its refresh token caught being reused).
 */
@Component
class CallerFromToken implements Converter<Jwt, AbstractAuthenticationToken> {

    private final Callers callers;
    private final LoginSessions sessions;

    CallerFromToken(Callers callers, LoginSessions sessions) {
        this.callers = callers;
        this.sessions = sessions;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        long id;
        try {
            id = Long.parseLong(jwt.getSubject());
        } catch (NumberFormatException e) {
            throw new InvalidBearerTokenException("The token names no account.");
        }
        Caller caller = callers.find(id)
                .filter(Caller::active)
                .orElseThrow(() -> new InvalidBearerTokenException("The account is inactive or gone."));
        // only accounts that revoked their tokens once pay for reading the claim
        if (caller.tokensValidAfter() != null && issuedBefore(jwt, caller.tokensValidAfter())) {
            throw new InvalidBearerTokenException("The token was revoked.");
        }
        // tokens issued before logins were named carry no sid; they expire within the access token's lifetime
        String session = jwt.getClaimAsString(Tokens.SESSION_CLAIM);
        if (session != null && !sessions.isLive(session)) {
            throw new InvalidBearerTokenException("The login this token belongs to has ended.");
        }
        return new CallerAuthentication(caller.asCurrentUser(id), jwt);
    }

    /** Our tokens always carry {@code iat}; one without it cannot be placed after a revocation. */
    private static boolean issuedBefore(Jwt jwt, Instant validAfter) {
        Instant issuedAt = jwt.getIssuedAt();
        return issuedAt == null || issuedAt.isBefore(validAfter);
    }
}
