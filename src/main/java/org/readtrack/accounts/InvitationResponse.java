package org.readtrack.accounts;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * An invitation as administrators see it. {@code token} and {@code url} (the registration page with the token)
 * are given once, in the answer to its creation; only the token's digest is stored, so every later answer has
 * them null.
 */
record InvitationResponse(
        long id,
        @Schema(description = "The token, in the answer to the creation only; null in every other answer.")
        @Nullable String token,
        @Schema(description = "`{READTRACK_PUBLIC_URL}/register?invitation=<token>`, in the answer to the creation"
                + " only; null in every other answer.")
        @Nullable String url,
        @Schema(description = "The only address that may register with it; null: anyone with the link.")
        @Nullable String email,
        Instant expiresAt,
        @Schema(description = "When it was used; null while unused.")
        @Nullable Instant usedAt,
        boolean revoked) {

    static InvitationResponse of(Invitation invitation) {
        return of(invitation, null, null);
    }

    static InvitationResponse of(Invitation invitation, String token, String url) {
        return new InvitationResponse(invitation.id(), token, url, invitation.email(), invitation.expiresAt(),
                invitation.usedAt(), invitation.revokedAt() != null);
    }
}
