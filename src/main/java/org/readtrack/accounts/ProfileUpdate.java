package org.readtrack.accounts;

import java.util.Optional;

import io.swagger.v3.oas.annotations.media.Schema;

import org.hibernate.validator.constraints.CodePointLength;

import org.readtrack.shared.Patches;

/**
 * A partial update of the caller's own profile: null leaves a field alone, an empty Optional is an explicit
 * JSON null. The fields' rules are {@link AccountDetails}'s and {@link Profile}'s, checked once this is laid
 * over the stored ones; {@code preferences} are merged one by one too. {@code currentPassword} is no part of
 * the account's details: it proves that the caller is the account's owner and not merely the holder of its
 * token, and is checked as the body arrives, before any hashing.
 */
@SuppressWarnings("OptionalUsedAsFieldOrParameterType")
record ProfileUpdate(
        Optional<String> firstName,
        Optional<String> lastName,
        Optional<String> email,
        @Schema(description = "The account's password: required to change `email`, ignored otherwise.",
                accessMode = Schema.AccessMode.WRITE_ONLY)
        @CodePointLength(max = 1024, message = "Ensure this field has no more than 1024 characters.")
        String currentPassword,
        @Schema(description = "Shown on the public profile: at most 500 characters.")
        Optional<String> bio,
        @Schema(description = "Only the preferences given change.")
        Optional<PreferencesPatch> preferences,
        @Schema(description = "Whether other readers may see the profile and its entries that are not private.")
        Optional<Boolean> profilePublic) {

    /** The owner changes names and email; role and state stay as they are. */
    AccountDetails applyTo(AccountDetails current) {
        return new AccountDetails(
                Patches.merge(firstName, current.firstName()),
                Patches.merge(lastName, current.lastName()),
                Patches.merge(email, current.email()),
                current.role(),
                current.isActive());
    }

    /** The avatar stays as it is: only an upload changes it. */
    Profile applyTo(Profile current) {
        Preferences mergedPreferences = preferences == null ? current.preferences()
                : preferences.map(patch -> patch.applyTo(current.preferences())).orElse(null);
        return new Profile(Patches.merge(bio, current.bio()), current.avatar(), mergedPreferences,
                Patches.merge(profilePublic, current.profilePublic()));
    }
}
