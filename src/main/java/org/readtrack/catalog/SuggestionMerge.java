package org.readtrack.catalog;

import jakarta.validation.constraints.NotNull;

import io.swagger.v3.oas.annotations.media.Schema;

import org.readtrack.shared.Messages;

/** The public content a suggestion duplicates, which its readers' entries move to. */
record SuggestionMerge(
        @NotNull(message = Messages.REQUIRED)
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "A public content's id")
        Long into) {
}
