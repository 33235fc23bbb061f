package org.readtrack.accounts;

import jakarta.validation.constraints.NotNull;

import org.hibernate.validator.constraints.CodePointLength;

import org.readtrack.shared.Messages;

/** {@code username} may also be the account's email address; both compare case-insensitively. */
record LoginRequest(
        @NotNull(message = Messages.REQUIRED) @CodePointLength(max = 254, message = Messages.MAX_254) String username,
        @NotNull(message = Messages.REQUIRED) @CodePointLength(max = PasswordPolicy.MAX_INPUT, message = PasswordPolicy.MAX_INPUT_MESSAGE) String password) {
}
