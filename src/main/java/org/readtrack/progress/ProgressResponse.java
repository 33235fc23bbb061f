package org.readtrack.progress;

import java.time.Instant;

import org.readtrack.catalog.ContentResponse;

/** An entry with the content it tracks; {@code progress_date} is when the entry last changed. */
record ProgressResponse(long id, long user, long content, ContentResponse contentDetail, String lastChapter,
        String notes, Instant progressDate, Instant createdAt, Instant updatedAt) {

    static ProgressResponse of(Progress entry, ContentResponse content) {
        return new ProgressResponse(entry.getId(), entry.getUserId(), entry.getContentId(), content,
                entry.getLastChapter(), entry.getNotes(), entry.getUpdatedAt(), entry.getCreatedAt(),
                entry.getUpdatedAt());
    }

    ProgressResponse withContent(ContentResponse detail) {
        return new ProgressResponse(id, user, content, detail, lastChapter, notes, progressDate, createdAt, updatedAt);
    }
}
