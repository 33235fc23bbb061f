package org.readtrack.progress;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

import org.readtrack.catalog.ChapterSummary;
import org.readtrack.catalog.ContentResponse;

/**
 * An entry with the content it tracks and where the reader stands in it; {@code progress_date} is when the
 * entry last changed.
 */
record ProgressResponse(long id, long user, long content, ContentResponse contentDetail, String lastChapter,
        String notes, ReadingStatus status, @Nullable BigDecimal score, @Nullable LocalDate startedOn,
        @Nullable LocalDate finishedOn,
        boolean rereading, int rereadCount, boolean favorite, String readingUrl, List<String> tags,
        @JsonProperty("private") boolean isPrivate, long unreadCount, @Nullable ChapterSummary nextChapter,
        @Nullable ChapterSummary latestChapter, Instant progressDate,
        Instant createdAt, Instant updatedAt) {

    static ProgressResponse of(ProgressEntry entry, ContentResponse content, long unreadCount,
            ChapterSummary nextChapter, ChapterSummary latestChapter) {
        ProgressRequest fields = entry.fields();
        return new ProgressResponse(entry.id(), entry.userId(), fields.content(), content, fields.lastChapter(),
                fields.notes(), fields.status(), fields.score(), fields.startedOn(), fields.finishedOn(),
                fields.rereading(), fields.rereadCount(), fields.favorite(), fields.readingUrl(), fields.tags(),
                fields.isPrivate(), unreadCount, nextChapter, latestChapter, entry.updatedAt(), entry.createdAt(), entry.updatedAt());
    }
}
