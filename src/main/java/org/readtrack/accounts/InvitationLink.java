package org.readtrack.accounts;

import jakarta.validation.constraints.NotNull;

import org.hibernate.validator.constraints.CodePointLength;

import org.readtrack.shared.Messages;

/** The token of an invitation's link, checked as the registration page opens. */
record InvitationLink(
        @NotNull(message = Messages.REQUIRED)
        @CodePointLength(max = 100, message = Messages.MAX_100)
        String invitation) {
}
