package org.readtrack.progress;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.readtrack.web.Messages;

/** A whole entry, as POST and PUT on {@code /api/progress/} take it. */
record ProgressRequest(
        @NotNull(message = Messages.REQUIRED)
        Long content,

        @Size(max = 50, message = Messages.MAX_50)
        String lastChapter,

        @Size(max = Messages.TEXT_LIMIT, message = Messages.MAX_TEXT)
        String notes) {

    ProgressRequest {
        lastChapter = lastChapter == null ? "" : lastChapter.strip();
        notes = notes == null ? "" : notes.strip();
    }
}
