package org.readtrack.accounts;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.hibernate.validator.constraints.CodePointLength;

import org.readtrack.shared.Messages;

record PasswordResetRequest(
        @NotNull(message = Messages.REQUIRED)
        @Pattern(regexp = Messages.NOT_BLANK_PATTERN, message = Messages.NOT_BLANK)
        @CodePointLength(max = 254, message = Messages.MAX_254)
        @Email(message = "Enter a valid email address.")
        String email) {

    PasswordResetRequest {
        email = email == null ? null : email.strip();
    }
}
