package org.readtrack.progress;

import java.util.Map;

import org.readtrack.catalog.ContentCatalog;
import org.readtrack.catalog.ContentResponse;
import org.readtrack.shared.Page;
import org.readtrack.shared.PageQuery;
import org.springframework.stereotype.Component;

/** The reader's feed of chapters: one statement for the page (and its total), the contents from the cache. */
@Component
class NewChapters {

    private final FeedStore feed;
    private final ContentCatalog catalog;

    NewChapters(FeedStore feed, ContentCatalog catalog) {
        this.feed = feed;
        this.catalog = catalog;
    }

    Page<FeedItem> page(long userId, PageQuery page) {
        Page<FeedStore.FeedRow> rows = feed.page(userId, page);
        Map<Long, ContentResponse> contents =
                catalog.describe(rows.items().stream().map(FeedStore.FeedRow::contentId).distinct().toList());
        return rows.map(row -> {
            ContentResponse content = contents.get(row.contentId());
            // a content deleted since the page was read leaves its id only
            FeedItem.FeedContent shown = content == null ? new FeedItem.FeedContent(row.contentId(), "", null)
                    : new FeedItem.FeedContent(content.id(), content.title(), content.cover());
            return new FeedItem(row.chapter(), shown, row.read());
        });
    }
}
