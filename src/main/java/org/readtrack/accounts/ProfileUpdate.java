package org.readtrack.accounts;

import java.util.Optional;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;

import io.swagger.v3.oas.annotations.media.Schema;

import org.hibernate.validator.constraints.CodePointLength;

import org.readtrack.shared.Messages;

/**
 * A partial update of the caller's own profile. Each field is null when absent from the body, empty when
 * sent as JSON null, and present otherwise. {@code currentPassword} is what proves that the caller is the
 * account's owner and not merely the holder of its token; an administrator's change does without it.
 */
record ProfileUpdate(
        Optional<@CodePointLength(max = 150, message = Messages.MAX_150) String> firstName,
        Optional<@CodePointLength(max = 150, message = Messages.MAX_150) String> lastName,
        Optional<@Pattern(regexp = Messages.NOT_BLANK_PATTERN, message = Messages.NOT_BLANK)
                 @CodePointLength(max = 254, message = Messages.MAX_254)
                 @Email(message = "Enter a valid email address.") String> email,
        @Schema(description = "The account's password: required to change `email`, ignored otherwise.",
                accessMode = Schema.AccessMode.WRITE_ONLY)
        @CodePointLength(max = 1024, message = "Ensure this field has no more than 1024 characters.")
        String currentPassword) {

    ProfileUpdate {
        firstName = strip(firstName);
        lastName = strip(lastName);
        email = strip(email);
    }

    @SuppressWarnings("OptionalAssignedToNull")
    static Optional<String> strip(Optional<String> value) {
        return value == null ? null : value.map(String::strip);
    }
}
