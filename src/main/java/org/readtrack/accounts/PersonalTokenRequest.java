package org.readtrack.accounts;

import java.time.Instant;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import io.swagger.v3.oas.annotations.media.Schema;

import org.hibernate.validator.constraints.CodePointLength;
import org.jspecify.annotations.Nullable;

import org.readtrack.security.PersonalTokenScope;
import org.readtrack.shared.Messages;

/** A new personal API token. Whether {@code expiresAt} is in the future depends on the clock: the service checks it. */
record PersonalTokenRequest(
        @Schema(description = "What the token is for, to recognise it in the list (e.g. \"backup script\").")
        @NotNull(message = Messages.REQUIRED)
        @Pattern(regexp = Messages.NOT_BLANK_PATTERN, message = Messages.NOT_BLANK)
        @CodePointLength(max = 100, message = Messages.MAX_100)
        String name,

        @Schema(description = "`read`: GET, HEAD and OPTIONS only; `write`: whatever the account's role allows.")
        @NotNull(message = Messages.REQUIRED)
        PersonalTokenScope scope,

        @Schema(description = "When the token stops working, in the future; absent or null: never.")
        @Nullable Instant expiresAt) {

    PersonalTokenRequest {
        name = name == null ? null : name.strip();
    }
}
