package org.readtrack.accounts;

import java.util.Optional;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.readtrack.web.Messages;

/**
 * A partial update of the caller's own profile. Each field is null when absent from the body, empty when
 * sent as JSON null, and present otherwise.
 */
record ProfileUpdate(
        Optional<@Size(max = 150, message = Messages.MAX_150) String> firstName,
        Optional<@Size(max = 150, message = Messages.MAX_150) String> lastName,
        Optional<@Pattern(regexp = Messages.NOT_BLANK_PATTERN, message = Messages.NOT_BLANK)
                 @Size(max = 254, message = Messages.MAX_254)
                 @Email(message = "Enter a valid email address.") String> email) {

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
