package org.readtrack.progress;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.readtrack.catalog.ChapterSummary;
import org.readtrack.catalog.ContentResponse;

/** A chapter of a content the reader follows, and whether the reader has passed it. */
record FeedItem(ChapterSummary chapter, FeedContent content, boolean read) {

    /** The content, as much of it as a feed line shows; {@code cover} as on the content. */
    record FeedContent(long id, String title, @Nullable String cover) {

        /** The content of this id among those read; one deleted since the page was read leaves its id only. */
        static FeedContent of(long id, Map<Long, ContentResponse> contents) {
            ContentResponse content = contents.get(id);
            return content == null ? new FeedContent(id, "", null)
                    : new FeedContent(content.id(), content.title(), content.cover());
        }
    }
}
