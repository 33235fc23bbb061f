package org.readtrack.progress;

import org.hibernate.validator.constraints.CodePointLength;

import org.readtrack.shared.Messages;

/**
 * The body of {@code PUT /api/contents/{id}/progress/}. A field left out keeps its stored value (or starts
 * empty), so recording the last chapter read never wipes the notes.
 */
record ProgressUpdate(
        @CodePointLength(max = 50, message = Messages.MAX_50) String lastChapter,
        @CodePointLength(max = Messages.TEXT_LIMIT, message = Messages.MAX_TEXT) String notes) {

    ProgressUpdate {
        lastChapter = lastChapter == null ? null : lastChapter.strip();
        notes = notes == null ? null : notes.strip();
    }

    /** The entry {@code current} with the fields this update gives. */
    ProgressRequest applyTo(ProgressRequest current) {
        return new ProgressRequest(current.content(), lastChapter == null ? current.lastChapter() : lastChapter,
                notes == null ? current.notes() : notes);
    }
}
