package org.readtrack.accounts;

import jakarta.validation.constraints.NotNull;

import org.hibernate.validator.constraints.CodePointLength;

import org.readtrack.shared.Messages;

/** A mailed reset token, checked before a new password is typed. */
record PasswordResetCheck(
        @NotNull(message = Messages.REQUIRED)
        @CodePointLength(max = 100, message = Messages.MAX_100)
        String token) {
}
