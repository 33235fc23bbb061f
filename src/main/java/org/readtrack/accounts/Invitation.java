package org.readtrack.accounts;

import java.time.Instant;

/** An invitation as stored: a row of {@code invitations}, without its token's digest. */
record Invitation(long id, String email, Instant createdAt, Instant expiresAt, Instant usedAt, Instant revokedAt) {

    /** Why it can no longer be used at {@code now}, or null while it can. */
    String refusal(Instant now) {
        if (revokedAt != null) {
            return Invitations.REVOKED;
        }
        if (usedAt != null) {
            return Invitations.USED;
        }
        if (!now.isBefore(expiresAt)) {
            return Invitations.EXPIRED;
        }
        return null;
    }
}
