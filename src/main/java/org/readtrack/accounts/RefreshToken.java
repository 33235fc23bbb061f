package org.readtrack.accounts;

import java.time.Instant;

/**
 * A refresh token that was issued, identified by its {@code jti}; the token itself is never stored.
 * {@code sessionStartedAt}: when the login it descends from happened; every token of a family has the same.
 */
record RefreshToken(String id, long userId, String familyId, Instant sessionStartedAt, Instant issuedAt,
        Instant expiresAt) {
}
