package org.readtrack.accounts;

import jakarta.validation.constraints.NotNull;

import org.hibernate.validator.constraints.CodePointLength;

import org.readtrack.shared.Messages;

/** Both capped, so that no request can make a hash of megabytes. */
record PasswordChangeRequest(
        @NotNull(message = Messages.REQUIRED)
        @CodePointLength(max = PasswordPolicy.MAX_INPUT, message = PasswordPolicy.MAX_INPUT_MESSAGE)
        String oldPassword,

        @NotNull(message = Messages.REQUIRED)
        @CodePointLength(max = PasswordPolicy.MAX_INPUT, message = PasswordPolicy.MAX_INPUT_MESSAGE)
        String newPassword) {
}
