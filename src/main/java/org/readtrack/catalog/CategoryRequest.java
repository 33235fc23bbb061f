package org.readtrack.catalog;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.hibernate.validator.constraints.CodePointLength;

import org.readtrack.shared.Messages;

/** A whole category, as POST and PUT take it. */
record CategoryRequest(
        @NotNull(message = Messages.REQUIRED)
        @Pattern(regexp = Messages.NOT_BLANK_PATTERN, message = Messages.NOT_BLANK)
        @CodePointLength(max = 100, message = Messages.MAX_100)
        String name,

        @CodePointLength(max = Messages.TEXT_LIMIT, message = Messages.MAX_TEXT)
        String description) {

    CategoryRequest {
        name = name == null ? null : name.strip();
        description = description == null ? "" : description.strip();
    }
}
