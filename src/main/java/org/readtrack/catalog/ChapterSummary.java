package org.readtrack.catalog;

import java.time.LocalDate;

/** A chapter as a reader's entry shows it: its next or latest chapter. */
public record ChapterSummary(long id, String chapterNumber, String title, LocalDate releaseDate) {
}
