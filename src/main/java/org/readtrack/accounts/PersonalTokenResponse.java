package org.readtrack.accounts;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.readtrack.security.PersonalTokenScope;

/** A personal API token as its owner's list shows it: never the secret, which is not kept. */
record PersonalTokenResponse(long id, String name, PersonalTokenScope scope, Instant createdAt, @Nullable Instant expiresAt,
        @Nullable Instant lastUsedAt) {

    static PersonalTokenResponse of(PersonalToken token) {
        return new PersonalTokenResponse(token.id(), token.name(), token.scope(), token.createdAt(),
                token.expiresAt(), token.lastUsedAt());
    }
}
