package org.readtrack.progress;

import org.jspecify.annotations.Nullable;

import org.readtrack.catalog.ChapterSummary;

/** A chapter of a content the reader follows, and whether the reader has passed it. */
record FeedItem(ChapterSummary chapter, FeedContent content, boolean read) {

    /** The content, as much of it as a feed line shows; {@code cover} as on the content. */
    record FeedContent(long id, String title, @Nullable String cover) {
    }
}
