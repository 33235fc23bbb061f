package org.readtrack.progress;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import io.swagger.v3.oas.annotations.media.Schema;
import org.hibernate.validator.constraints.CodePointLength;

import org.readtrack.shared.Messages;

/** A tag taken off every entry of the caller that has it. */
record TagRemoval(
        @NotNull(message = Messages.REQUIRED)
        @Pattern(regexp = Messages.NOT_BLANK_PATTERN, message = Messages.NOT_BLANK)
        @CodePointLength(max = EntryRules.MAX_TAG_LENGTH, message = Messages.MAX_50)
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The tag as entries have it, in any case.")
        String tag) {

    TagRemoval {
        tag = tag == null ? null : ProgressRequest.composed(tag);
    }
}
