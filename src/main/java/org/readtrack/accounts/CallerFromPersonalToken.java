package org.readtrack.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.readtrack.database.Timestamps;
import org.readtrack.security.CallerAuthentication;
import org.readtrack.security.PersonalTokenVerifier;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.stereotype.Component;

/**
 * Turns a personal API token into the caller, with the account's current role and the token's scope. The
 * token is read from the database on every use (one indexed statement), so a revocation takes effect at once
 * on every instance; the account's state comes through {@link Callers}, as for access tokens, so an inactive
 * account's tokens are refused. Unlike access tokens, personal tokens outlive a password change and a logout
 * from everywhere ({@link PersonalTokens}).
 *
 * <p>The time of last use is written at most once per {@link #USE_PRECISION} per token: a script that sends a
 * request a second must not make each of them a write, which on SQLite would queue for the single writer.
 */
@Component
class CallerFromPersonalToken implements PersonalTokenVerifier {

    static final Duration USE_PRECISION = Duration.ofMinutes(1);

    private static final String INVALID = "The personal API token is invalid, expired or revoked.";

    private final PersonalTokenStore tokens;
    private final Callers callers;
    private final Clock clock;

    CallerFromPersonalToken(PersonalTokenStore tokens, Callers callers, Clock clock) {
        this.tokens = tokens;
        this.callers = callers;
        this.clock = clock;
    }

    @Override
    public CallerAuthentication verify(String secret) {
        if (secret.length() != PersonalTokenSecrets.LENGTH) {
            throw new InvalidBearerTokenException(INVALID); // not one of ours: no need to look it up
        }
        PersonalToken token = tokens.findByHash(PersonalTokenSecrets.hash(secret))
                .orElseThrow(() -> new InvalidBearerTokenException(INVALID));
        Instant now = Timestamps.now(clock);
        if (token.expiredAt(now)) {
            throw new InvalidBearerTokenException(INVALID);
        }
        Caller caller = callers.find(token.userId())
                .filter(Caller::active)
                .orElseThrow(() -> new InvalidBearerTokenException("The account is inactive or gone."));
        Instant notSince = now.minus(USE_PRECISION);
        if (token.lastUsedAt() == null || token.lastUsedAt().isBefore(notSince)) {
            tokens.recordUse(token.id(), now, notSince);
        }
        return new CallerAuthentication(caller.asCurrentUser(token.userId()), token.scope());
    }
}
