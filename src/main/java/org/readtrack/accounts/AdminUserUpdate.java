package org.readtrack.accounts;

import java.util.Optional;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;

import org.hibernate.validator.constraints.CodePointLength;

import org.readtrack.shared.Messages;

/** What an administrator may change on an account; absent fields (null) are left alone. */
record AdminUserUpdate(
        Optional<@CodePointLength(max = 150, message = Messages.MAX_150) String> firstName,
        Optional<@CodePointLength(max = 150, message = Messages.MAX_150) String> lastName,
        Optional<@Pattern(regexp = Messages.NOT_BLANK_PATTERN, message = Messages.NOT_BLANK)
                 @CodePointLength(max = 254, message = Messages.MAX_254)
                 @Email(message = "Enter a valid email address.") String> email,
        Optional<Role> role,
        Optional<Boolean> isActive) {

    AdminUserUpdate {
        firstName = ProfileUpdate.strip(firstName);
        lastName = ProfileUpdate.strip(lastName);
        email = ProfileUpdate.strip(email);
    }

    ProfileUpdate profile() {
        return new ProfileUpdate(firstName, lastName, email, null);
    }
}
