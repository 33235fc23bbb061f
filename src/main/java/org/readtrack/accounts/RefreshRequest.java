package org.readtrack.accounts;

import jakarta.validation.constraints.NotNull;

import org.hibernate.validator.constraints.CodePointLength;

import org.readtrack.shared.Messages;

/** Carries a refresh token, for refresh and for logout. */
record RefreshRequest(
        @NotNull(message = Messages.REQUIRED) @CodePointLength(max = 4096, message = "Ensure this field has no more than 4096 characters.") String refresh) {
}
