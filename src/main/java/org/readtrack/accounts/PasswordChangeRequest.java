package org.readtrack.accounts;

import jakarta.validation.constraints.NotNull;

import org.readtrack.web.Messages;

record PasswordChangeRequest(
        @NotNull(message = Messages.REQUIRED) String oldPassword,
        @NotNull(message = Messages.REQUIRED) String newPassword) {
}
