package org.readtrack.accounts;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.hibernate.validator.constraints.CodePointLength;

import org.readtrack.shared.Messages;

/**
 * Both capped, so that no request can make a hash of megabytes; both refused empty on their own field before the old
 * one is checked (an empty old password is not a wrong one). A password may be spaces.
 */
record PasswordChangeRequest(
        @NotNull(message = Messages.REQUIRED) @Pattern(regexp = "(?s).+", message = Messages.NOT_BLANK)
        @CodePointLength(max = PasswordPolicy.MAX_INPUT, message = PasswordPolicy.MAX_INPUT_MESSAGE)
        String oldPassword,

        @NotNull(message = Messages.REQUIRED) @Pattern(regexp = "(?s).+", message = Messages.NOT_BLANK)
        @CodePointLength(max = PasswordPolicy.MAX_INPUT, message = PasswordPolicy.MAX_INPUT_MESSAGE)
        String newPassword) {
}
