package org.readtrack.progress;

import java.time.Instant;

import org.readtrack.catalog.ContentResponse;

/** An entry with the content it tracks; {@code progress_date} is when the entry last changed. */
record ProgressResponse(long id, long user, long content, ContentResponse contentDetail, String lastChapter,
        String notes, Instant progressDate, Instant createdAt, Instant updatedAt) {
}
