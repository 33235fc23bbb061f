package org.readtrack.accounts;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.hibernate.validator.constraints.CodePointLength;
import org.jspecify.annotations.Nullable;

import org.readtrack.shared.Messages;

/**
 * @param email         when given, only this address may register with the invitation
 * @param expiresInDays how long the invitation works: {@value Invitations#DEFAULT_DAYS} days unless given, at most
 *                      {@value Invitations#MAX_DAYS}
 */
record InvitationRequest(
        @CodePointLength(max = 254, message = Messages.MAX_254)
        @Email(message = "Enter a valid email address.")
        @Nullable String email,

        @Min(value = 1, message = "Ensure this value is greater than or equal to 1.")
        @Max(value = Invitations.MAX_DAYS, message = "Ensure this value is less than or equal to "
                + Invitations.MAX_DAYS + ".")
        @Nullable Integer expiresInDays) {

    InvitationRequest {
        // surrounding white space is not part of an address, and a blank one is no address
        email = email == null || email.isBlank() ? null : email.strip();
    }
}
