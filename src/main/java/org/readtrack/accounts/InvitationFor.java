package org.readtrack.accounts;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/** Who an invitation that may still be used is for, told to the holder of its link. */
record InvitationFor(
        @Schema(description = "The only address that may register with it; null for any.") @Nullable String email,
        Instant expiresAt) {
}
