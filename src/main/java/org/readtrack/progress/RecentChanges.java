package org.readtrack.progress;

import java.util.Map;

import org.readtrack.catalog.ContentCatalog;
import org.readtrack.catalog.ContentResponse;
import org.readtrack.shared.Page;
import org.readtrack.shared.PageQuery;
import org.springframework.stereotype.Component;

/**
 * The reader's changes to all their entries, newest first: a mistaken tap of yesterday is found here without
 * remembering which series it was. One statement for the page, the contents from the catalog's cache.
 */
@Component
class RecentChanges {

    private final HistoryStore history;
    private final FieldChanges fieldChanges;
    private final ContentCatalog catalog;

    RecentChanges(HistoryStore history, FieldChanges fieldChanges, ContentCatalog catalog) {
        this.history = history;
        this.fieldChanges = fieldChanges;
        this.catalog = catalog;
    }

    Page<RecentChange> page(long userId, PageQuery page) {
        Page<HistoryStore.EntryChange> rows = history.pageOfUser(userId, page);
        Map<Long, ContentResponse> contents = catalog.describe(
                rows.items().stream().map(HistoryStore.EntryChange::contentId).distinct().toList());
        return rows.map(row -> {
            HistoryRecord record = row.record();
            return new RecentChange(record.id(), record.at(), record.action(), fieldChanges.asMap(record.changes()),
                    record.undone(), row.entryId(), FeedItem.FeedContent.of(row.contentId(), contents));
        });
    }
}
