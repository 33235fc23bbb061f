package org.readtrack.accounts;

import jakarta.validation.constraints.NotNull;

import org.hibernate.validator.constraints.CodePointLength;

import org.readtrack.shared.Messages;

/** The token from the mail's link, and the new password (capped, so that no request can make a hash of megabytes). */
record PasswordResetConfirmation(
        @NotNull(message = Messages.REQUIRED)
        @CodePointLength(max = 100, message = Messages.MAX_100)
        String token,

        @NotNull(message = Messages.REQUIRED)
        @CodePointLength(max = PasswordPolicy.MAX_INPUT, message = PasswordPolicy.MAX_INPUT_MESSAGE)
        String newPassword) {
}
