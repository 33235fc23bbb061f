package org.readtrack.progress;

import org.readtrack.catalog.ChapterSummary;

/**
 * Where an entry stands in its content's chapters, found by the database from the catalog as the entry is
 * read: how many chapters follow its last chapter, the first of them, and the content's last chapter.
 */
record ReadingPosition(long unreadCount, ChapterSummary nextChapter, ChapterSummary latestChapter) {
}
