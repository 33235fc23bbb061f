package org.readtrack.accounts;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.hibernate.validator.constraints.CodePointLength;

import org.readtrack.shared.Messages;

/**
 * {@code username} may also be the account's email address; both compare case-insensitively. Blank fields are
 * refused on the field, as the original service did, before any account is looked for: a password may be spaces.
 */
record LoginRequest(
        @NotNull(message = Messages.REQUIRED) @Pattern(regexp = Messages.NOT_BLANK_PATTERN, message = Messages.NOT_BLANK)
        @CodePointLength(max = 254, message = Messages.MAX_254) String username,
        @NotNull(message = Messages.REQUIRED) @Pattern(regexp = "(?s).+", message = Messages.NOT_BLANK)
        @CodePointLength(max = PasswordPolicy.MAX_INPUT, message = PasswordPolicy.MAX_INPUT_MESSAGE) String password) {
}
