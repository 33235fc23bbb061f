package org.readtrack.progress;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import io.swagger.v3.oas.annotations.media.Schema;
import org.hibernate.validator.constraints.CodePointLength;

import org.readtrack.shared.Messages;

/** A tag renamed on every entry of the caller that has it. */
record TagRename(
        @NotNull(message = Messages.REQUIRED)
        @Pattern(regexp = Messages.NOT_BLANK_PATTERN, message = Messages.NOT_BLANK)
        @CodePointLength(max = EntryRules.MAX_TAG_LENGTH, message = Messages.MAX_50)
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The tag as entries have it, in any case.")
        String from,

        @NotNull(message = Messages.REQUIRED)
        @Pattern(regexp = Messages.NOT_BLANK_PATTERN, message = Messages.NOT_BLANK)
        @CodePointLength(max = EntryRules.MAX_TAG_LENGTH, message = Messages.MAX_50)
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = """
                Its new name, 1 to 50 characters, trimmed. An entry that has this tag already (in any case) keeps it \
                once: two tags are merged so.""")
        String to) {

    TagRename {
        from = from == null ? null : ProgressRequest.composed(from);
        to = to == null ? null : ProgressRequest.composed(to);
    }
}
