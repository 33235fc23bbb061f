package org.readtrack.accounts;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import org.readtrack.security.PersonalTokenScope;

/** A personal API token just created: the one answer that carries its secret. */
record CreatedPersonalToken(
        long id,
        String name,
        PersonalTokenScope scope,
        @Schema(description = "The secret, to send as `Authorization: Bearer <token>`. Shown this once: only its hash is kept.")
        String token,
        Instant createdAt,
        @Nullable Instant expiresAt,
        @Nullable Instant lastUsedAt) {

    static CreatedPersonalToken of(PersonalToken stored, String secret) {
        return new CreatedPersonalToken(stored.id(), stored.name(), stored.scope(), secret, stored.createdAt(),
                stored.expiresAt(), stored.lastUsedAt());
    }
}
