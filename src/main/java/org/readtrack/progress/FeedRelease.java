package org.readtrack.progress;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

import org.readtrack.catalog.ChapterSummary;

/**
 * A content's new chapters of one day, as one line of the feed however many they are.
 *
 * @param date     the day they came out: their release date, else the day they were added (UTC)
 * @param chapters how many chapters the line stands for
 * @param unread   how many of them are past the reader's last chapter
 * @param first    the first of them in natural order
 * @param last     the last of them in natural order; the same as {@code first} for a single chapter
 */
record FeedRelease(
        LocalDate date,
        FeedItem.FeedContent content,
        @Schema(description = "How many chapters the line stands for.", example = "3") int chapters,
        @Schema(description = "How many of them are past the caller's last chapter.", example = "2") int unread,
        @Schema(description = "The first of them in natural order.") ChapterSummary first,
        @Schema(description = "The last of them in natural order; the same as `first` for a single chapter.")
        ChapterSummary last) {
}
