package org.readtrack.accounts;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.hibernate.validator.constraints.CodePointLength;

import org.readtrack.security.Role;
import org.readtrack.shared.Messages;

/**
 * What may change on an account once it exists, whole: a PATCH ({@link ProfileUpdate} by its owner,
 * {@link AdminUserUpdate} by an administrator) is laid over the stored details and the result validated with
 * these rules, the same whoever changes it. Each is always stored, so an explicit JSON null is refused in
 * DRF's words for a field that may not be null.
 */
record AccountDetails(
        @NotNull(message = Messages.NOT_NULL)
        @CodePointLength(max = 150, message = Messages.MAX_150)
        String firstName,

        @NotNull(message = Messages.NOT_NULL)
        @CodePointLength(max = 150, message = Messages.MAX_150)
        String lastName,

        @NotNull(message = Messages.NOT_NULL)
        @Pattern(regexp = Messages.NOT_BLANK_PATTERN, message = Messages.NOT_BLANK)
        @CodePointLength(max = 254, message = Messages.MAX_254)
        @Email(message = "Enter a valid email address.")
        String email,

        @NotNull(message = Messages.NOT_NULL)
        Role role,

        @NotNull(message = Messages.NOT_NULL)
        Boolean isActive) {

    AccountDetails {
        // like DRF, surrounding white space is not part of a value
        firstName = strip(firstName);
        lastName = strip(lastName);
        email = strip(email);
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }
}
