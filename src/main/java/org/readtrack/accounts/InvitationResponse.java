package org.readtrack.accounts;

import java.time.Instant;

/**
 * An invitation as administrators see it. {@code token} and {@code url} (the registration page with the token)
 * are given once, in the answer to its creation; only the token's digest is stored, so every later answer has
 * them null.
 */
record InvitationResponse(long id, String token, String url, String email, Instant expiresAt, Instant usedAt,
        boolean revoked) {

    static InvitationResponse of(Invitation invitation) {
        return of(invitation, null, null);
    }

    static InvitationResponse of(Invitation invitation, String token, String url) {
        return new InvitationResponse(invitation.id(), token, url, invitation.email(), invitation.expiresAt(),
                invitation.usedAt(), invitation.revokedAt() != null);
    }
}
