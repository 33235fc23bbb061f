package org.readtrack.progress;

/**
 * Where an entry stands in its content's chapters, computed by the database from the catalog as the entry is
 * read: the chapters after its last chapter, the first of them, and the content's last chapter.
 */
record ReadingPosition(long unreadCount, Long nextChapterId, Long latestChapterId) {
}
