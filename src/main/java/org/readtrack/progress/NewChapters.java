package org.readtrack.progress;

import java.time.Clock;
import java.util.Map;

import org.readtrack.catalog.ContentCatalog;
import org.readtrack.catalog.ContentResponse;
import org.readtrack.shared.CallerZone;
import org.readtrack.shared.Page;
import org.readtrack.shared.PageQuery;
import org.springframework.stereotype.Component;

/** The reader's feed of chapters: one statement for the page (and its total), the contents from the cache. */
@Component
class NewChapters {

    private final FeedStore feed;
    private final ContentCatalog catalog;
    private final Clock clock;

    NewChapters(FeedStore feed, ContentCatalog catalog, Clock clock) {
        this.feed = feed;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** The chapters released by the reader's today: see {@link FeedStore#page}. */
    Page<FeedItem> page(long userId, CallerZone zone, PageQuery page) {
        Page<FeedStore.FeedRow> rows = feed.page(userId, zone.today(clock), page);
        Map<Long, ContentResponse> contents =
                catalog.describe(rows.items().stream().map(FeedStore.FeedRow::contentId).distinct().toList());
        return rows.map(row -> new FeedItem(row.chapter(), FeedItem.FeedContent.of(row.contentId(), contents),
                row.read()));
    }

    /** The same chapters, one line per content and day: see {@link FeedStore#releases}. */
    Page<FeedRelease> releases(long userId, CallerZone zone, PageQuery page) {
        Page<FeedStore.ReleaseRow> rows = feed.releases(userId, zone.today(clock), page);
        Map<Long, ContentResponse> contents =
                catalog.describe(rows.items().stream().map(FeedStore.ReleaseRow::contentId).distinct().toList());
        return rows.map(row -> new FeedRelease(row.released(), FeedItem.FeedContent.of(row.contentId(), contents),
                row.chapters(), row.unread(), row.first(), row.last()));
    }

}
