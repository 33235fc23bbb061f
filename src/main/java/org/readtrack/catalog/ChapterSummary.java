package org.readtrack.catalog;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A chapter as a reader's entry shows it: its next or latest chapter. */
public record ChapterSummary(long id, String chapterNumber, String title, @Nullable LocalDate releaseDate) {
}
