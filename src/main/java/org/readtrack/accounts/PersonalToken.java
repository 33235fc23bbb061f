package org.readtrack.accounts;

import java.time.Instant;

import org.readtrack.security.PersonalTokenScope;

/**
 * A personal API token as stored: a row of {@code personal_tokens}, without its hash. {@code expiresAt}: null
 * for a token that never expires; {@code lastUsedAt}: null until its first use, then to the minute.
 */
record PersonalToken(long id, long userId, String name, PersonalTokenScope scope, Instant createdAt,
        Instant expiresAt, Instant lastUsedAt) {

    boolean expiredAt(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }
}
