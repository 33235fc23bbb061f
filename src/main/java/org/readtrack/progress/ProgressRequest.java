package org.readtrack.progress;

import jakarta.validation.constraints.NotNull;

import org.hibernate.validator.constraints.CodePointLength;

import org.readtrack.shared.Messages;

/** A whole entry, as POST and PUT on {@code /api/progress/} take it. */
record ProgressRequest(
        @NotNull(message = Messages.REQUIRED)
        Long content,

        @CodePointLength(max = 50, message = Messages.MAX_50)
        String lastChapter,

        @CodePointLength(max = Messages.TEXT_LIMIT, message = Messages.MAX_TEXT)
        String notes) {

    ProgressRequest {
        lastChapter = lastChapter == null ? "" : lastChapter.strip();
        notes = notes == null ? "" : notes.strip();
    }
}
