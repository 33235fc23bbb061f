package org.readtrack.accounts;

import java.util.Optional;

import io.swagger.v3.oas.annotations.media.Schema;

import org.hibernate.validator.constraints.CodePointLength;

import org.readtrack.shared.Patches;

/**
 * A partial update of the caller's own profile: null leaves a field alone, an empty Optional is an explicit
 * JSON null. The fields' rules are {@link AccountDetails}'s, checked once this is laid over the stored
 * details. {@code currentPassword} is no part of the account's details: it proves that the caller is the
 * account's owner and not merely the holder of its token, and is checked as the body arrives, before any
 * hashing.
 */
record ProfileUpdate(
        Optional<String> firstName,
        Optional<String> lastName,
        Optional<String> email,
        @Schema(description = "The account's password: required to change `email`, ignored otherwise.",
                accessMode = Schema.AccessMode.WRITE_ONLY)
        @CodePointLength(max = 1024, message = "Ensure this field has no more than 1024 characters.")
        String currentPassword) {

    /** The owner changes names and email; role and state stay as they are. */
    AccountDetails applyTo(AccountDetails current) {
        return new AccountDetails(
                Patches.merge(firstName, current.firstName()),
                Patches.merge(lastName, current.lastName()),
                Patches.merge(email, current.email()),
                current.role(),
                current.isActive());
    }
}
