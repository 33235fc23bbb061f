package org.readtrack.progress;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.readtrack.catalog.ContentCatalog;
import org.readtrack.catalog.ContentResponse;
import org.readtrack.database.Sql;
import org.readtrack.shared.CallerZone;
import org.readtrack.shared.NotFoundException;
import org.readtrack.shared.Page;
import org.readtrack.shared.PageQuery;
import org.springframework.stereotype.Component;

/**
 * What the controllers ask of reading progress; every operation takes the caller's id and touches that
 * user's entries only. Reads are plain statements outside any transaction (on SQLite, the reader pool);
 * changes go through {@link ProgressChanges}, and their answer is the entry as written. Each entry comes with
 * its content, from the catalog's cache when it has it, and its unread count, next and latest chapters.
 */
@Component
class ReadingProgress {

    private final ProgressStore entries;
    private final HistoryStore history;
    private final ProgressChanges changes;
    private final FieldChanges fieldChanges;
    private final ContentCatalog catalog;
    private final Sql sql;

    ReadingProgress(ProgressStore entries, HistoryStore history, ProgressChanges changes, FieldChanges fieldChanges,
            ContentCatalog catalog, Sql sql) {
        this.entries = entries;
        this.history = history;
        this.changes = changes;
        this.fieldChanges = fieldChanges;
        this.catalog = catalog;
        this.sql = sql;
    }

    /**
     * One statement for the page (with each entry's next and latest chapters), one for the total when more
     * entries follow it, one for the contents (unless cached). No transaction: beginning and ending one cost
     * more than the statements.
     */
    Page<ProgressResponse> list(long userId, ProgressFilter filter, PageQuery page) {
        // as for ?content= on chapters: naming a content that does not exist is a mistake, not an empty list
        Page<StoredEntry> found = sql.checkParent(entries.page(userId, filter, page), "content", "contents",
                filter.contentId());
        return found.map(respond(found.items()));
    }

    ProgressResponse get(long userId, long id) {
        return respond(entries.find(userId, id).orElseThrow(NotFoundException::new));
    }

    ProgressResponse getForContent(long userId, long contentId) {
        return respond(entries.findByContent(userId, contentId).orElseThrow(NotFoundException::new));
    }

    Page<HistoryResponse> history(long userId, long id, PageQuery page) {
        ProgressEntry entry = entries.entry(userId, id).orElseThrow(NotFoundException::new);
        return history.page(entry.id(), page).map(record -> new HistoryResponse(record.id(), record.at(),
                record.action(), fieldChanges.asMap(record.changes()), record.undone()));
    }

    ProgressResponse create(long userId, ProgressRequest request, CallerZone zone) {
        return answer(changes.create(userId, request, zone));
    }

    ProgressResponse replace(long userId, long id, ProgressPatch body, CallerZone zone) {
        return answer(changes.replace(userId, id, body, zone));
    }

    ProgressResponse patch(long userId, long id, ProgressPatch patch, CallerZone zone) {
        return answer(changes.patch(userId, id, patch, zone));
    }

    ProgressResponse advance(long userId, long id, Optional<String> from, Optional<String> to, CallerZone zone) {
        return answer(changes.advance(userId, id, from, to, zone));
    }

    ProgressResponse undo(long userId, long id) {
        return answer(changes.undo(userId, id));
    }

    Upserted<ProgressResponse> upsert(long userId, long contentId, ProgressPatch update, CallerZone zone) {
        return changes.upsert(userId, contentId, update, zone).map(this::answer);
    }

    void delete(long userId, long id) {
        changes.delete(userId, id);
    }

    void deleteForContent(long userId, long contentId) {
        changes.deleteForContent(userId, contentId);
    }

    /**
     * The entry as written, with its position counted now. The written fields are what a read would find, so
     * only the position is read: one statement on the chapters index instead of the entry's row again.
     */
    private ProgressResponse answer(ProgressEntry written) {
        return respond(new StoredEntry(written, entries.position(written.contentId(), written.fields().lastChapter())));
    }

    private ProgressResponse respond(StoredEntry entry) {
        return respond(List.of(entry)).apply(entry);
    }

    /** How each of these entries is answered: their contents fetched once for all (usually from the cache). */
    private Function<StoredEntry, ProgressResponse> respond(List<StoredEntry> shown) {
        Map<Long, ContentResponse> contents =
                catalog.describe(shown.stream().map(stored -> stored.entry().contentId()).distinct().toList());
        return stored -> {
            ReadingPosition position = stored.position();
            return ProgressResponse.of(stored.entry(), contents.get(stored.entry().contentId()),
                    position.unreadCount(), position.nextChapter(), position.latestChapter());
        };
    }
}
