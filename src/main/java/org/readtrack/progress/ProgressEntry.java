package org.readtrack.progress;

import java.time.Instant;

import org.readtrack.catalog.ContentResponse;

/** An entry as stored: one row of {@code progress}. */
record ProgressEntry(long id, long userId, long contentId, String lastChapter, String notes, Instant createdAt,
        Instant updatedAt) {

    /** The entry as a whole request, for a change to be laid over. */
    ProgressRequest request() {
        return new ProgressRequest(contentId, lastChapter, notes);
    }

    /** The entry once {@code request} has replaced its fields at {@code now}. */
    ProgressEntry with(ProgressRequest request, Instant now) {
        return new ProgressEntry(id, userId, request.content(), request.lastChapter(), request.notes(), createdAt,
                now);
    }

    /** {@code progress_date} is when the entry last changed. */
    ProgressResponse respond(ContentResponse content) {
        return new ProgressResponse(id, userId, contentId, content, lastChapter, notes, updatedAt, createdAt,
                updatedAt);
    }
}
