package org.readtrack.progress;

import java.util.List;
import java.util.Map;

import org.readtrack.catalog.ContentCatalog;
import org.readtrack.catalog.ContentResponse;
import org.readtrack.database.Sql;
import org.readtrack.shared.NotFoundException;
import org.readtrack.shared.Page;
import org.readtrack.shared.PageQuery;
import org.springframework.stereotype.Component;

/**
 * What the controllers ask of reading progress; every operation takes the caller's id and touches that
 * user's entries only. Reads are plain statements outside any transaction (on SQLite, the reader pool);
 * changes go through {@link ProgressChanges}. Each entry comes with its content, from the catalog's cache
 * when it has it.
 */
@Component
class ReadingProgress {

    private final ProgressStore entries;
    private final ProgressChanges changes;
    private final ContentCatalog catalog;
    private final Sql sql;

    ReadingProgress(ProgressStore entries, ProgressChanges changes, ContentCatalog catalog, Sql sql) {
        this.entries = entries;
        this.changes = changes;
        this.catalog = catalog;
        this.sql = sql;
    }

    /**
     * One statement for the page, one for the total when more entries follow it, one for the contents it
     * shows (unless cached). No transaction: beginning and ending one cost more than the statements.
     */
    Page<ProgressResponse> list(long userId, Long contentId, PageQuery page) {
        // as for ?content= on chapters: naming a content that does not exist is a mistake, not an empty list
        Page<ProgressEntry> found = sql.checkParent(entries.page(userId, contentId, page), "content", "contents",
                contentId);
        Map<Long, ContentResponse> contents =
                catalog.describe(found.items().stream().map(ProgressEntry::contentId).toList());
        return found.map(entry -> entry.respond(contents.get(entry.contentId())));
    }

    ProgressResponse get(long userId, long id) {
        return respond(entries.find(userId, id).orElseThrow(NotFoundException::new));
    }

    ProgressResponse getForContent(long userId, long contentId) {
        return respond(entries.findByContent(userId, contentId).orElseThrow(NotFoundException::new));
    }

    ProgressResponse create(long userId, ProgressRequest request) {
        return respond(changes.create(userId, request));
    }

    ProgressResponse replace(long userId, long id, ProgressRequest request) {
        return respond(changes.replace(userId, id, request));
    }

    ProgressResponse patch(long userId, long id, ProgressPatch patch) {
        return respond(changes.patch(userId, id, patch));
    }

    Upserted<ProgressResponse> upsert(long userId, long contentId, ProgressUpdate update) {
        return changes.upsert(userId, contentId, update).map(this::respond);
    }

    void delete(long userId, long id) {
        changes.delete(userId, id);
    }

    void deleteForContent(long userId, long contentId) {
        changes.deleteForContent(userId, contentId);
    }

    private ProgressResponse respond(ProgressEntry entry) {
        return entry.respond(catalog.describe(List.of(entry.contentId())).get(entry.contentId()));
    }
}
