package org.readtrack.accounts;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.hibernate.validator.constraints.CodePointLength;
import org.readtrack.shared.Messages;

/**
 * What an account shows of itself and how its owner set the web app up: laid over by the owner's PATCH and
 * validated whole, like {@link AccountDetails}. {@code avatar} is a stored image's name (null without one),
 * only ever changed by an upload.
 */
record Profile(
        @NotNull(message = Messages.NOT_NULL)
        @CodePointLength(max = MAX_BIO, message = "Ensure this field has no more than 500 characters.")
        String bio,

        String avatar,

        @NotNull(message = Messages.NOT_NULL)
        @Valid
        Preferences preferences,

        @NotNull(message = Messages.NOT_NULL)
        Boolean profilePublic) {

    static final int MAX_BIO = 500;

    Profile {
        // like the names, surrounding white space is not part of the text
        bio = bio == null ? null : bio.strip();
    }
}
