package org.readtrack.accounts;

import jakarta.validation.constraints.NotNull;

import org.hibernate.validator.constraints.CodePointLength;

import org.readtrack.shared.Messages;

/** The account's own password, as for a new email address: a token alone must not be enough to delete it all. */
record AccountDeletionRequest(
        @NotNull(message = Messages.REQUIRED)
        @CodePointLength(max = PasswordPolicy.MAX_INPUT, message = PasswordPolicy.MAX_INPUT_MESSAGE)
        String currentPassword) {
}
