package org.readtrack.accounts;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.readtrack.web.Messages;

/** {@code username} may also be the account's email address; both compare case-insensitively. */
record LoginRequest(
        @NotNull(message = Messages.REQUIRED) @Size(max = 254, message = Messages.MAX_254) String username,
        @NotNull(message = Messages.REQUIRED) @Size(max = 1024, message = "Ensure this field has no more than 1024 characters.") String password) {
}
