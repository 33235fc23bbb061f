package org.readtrack.catalog;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import io.swagger.v3.oas.annotations.media.Schema;

import org.hibernate.validator.constraints.CodePointLength;

import org.readtrack.shared.Messages;

/** Why a moderator turns a suggestion down: its proposer reads it beside the series they keep. */
record SuggestionRejection(
        @NotNull(message = Messages.REQUIRED)
        @Pattern(regexp = Messages.NOT_BLANK_PATTERN, message = Messages.NOT_BLANK)
        @CodePointLength(max = 500, message = "Ensure this field has no more than 500 characters.")
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 500)
        String reason) {

    SuggestionRejection {
        reason = reason == null ? null : reason.strip();
    }
}
