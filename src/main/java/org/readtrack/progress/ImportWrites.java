package org.readtrack.progress;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.readtrack.progress.HistoryStore.Recorded;
import org.readtrack.progress.ProgressStore.ChangedEntry;
import org.readtrack.progress.ProgressStore.NewEntry;

/**
 * The changes one import makes to the reader's list, gathered while its rows are read and written together
 * at the end, inside the import's transaction: the new entries in one batch, the changed ones in another,
 * then all their history records. Ten thousand rows are a handful of statements instead of three for each
 * row, which on SQLite holds the single writer for a fraction of the time; a dry run gathers the changes and
 * writes nothing. Several rows on one content make one write of the entry, with a history record each.
 */
final class ImportWrites {

    /** An entry as the rows so far leave it; {@code id} null while it is new. */
    record Entry(Long id, ProgressRequest fields, Instant updatedAt) {
    }

    /** The entry's stored form (null when new), its fields and last change as they will be, its records. */
    private static final class Pending {
        private final ProgressEntry stored;
        private ProgressRequest fields;
        private Instant updatedAt;
        private final List<HistoryStore.Prepared> changes = new ArrayList<>();

        private Pending(ProgressEntry stored, ProgressRequest fields, Instant updatedAt) {
            this.stored = stored;
            this.fields = fields;
            this.updatedAt = updatedAt;
        }
    }

    private final ProgressStore entries;
    private final HistoryStore history;
    private final long userId;
    private final Instant now;
    private final Map<Long, ProgressEntry> stored;
    /** By content id, in the order the rows first changed them. */
    private final Map<Long, Pending> pending = new LinkedHashMap<>();

    /** @param stored the reader's entries as read at the start of the import, by content id */
    ImportWrites(ProgressStore entries, HistoryStore history, long userId, Instant now,
            Map<Long, ProgressEntry> stored) {
        this.entries = entries;
        this.history = history;
        this.userId = userId;
        this.now = now;
        this.stored = stored;
    }

    /** The reader's entry for the content as the rows so far leave it; null when they do not track it. */
    Entry entry(long contentId) {
        Pending changed = pending.get(contentId);
        if (changed != null) {
            return new Entry(changed.stored == null ? null : changed.stored.id(), changed.fields, changed.updatedAt);
        }
        ProgressEntry entry = stored.get(contentId);
        return entry == null ? null : new Entry(entry.id(), entry.fields(), entry.updatedAt());
    }

    /** When the reader's entry for the content last changed before this import; null when there was none. */
    Instant storedUpdatedAt(long contentId) {
        ProgressEntry entry = stored.get(contentId);
        return entry == null ? null : entry.updatedAt();
    }

    /** A new entry, last changed at {@code updatedAt} if the file says when, else now. */
    void create(ProgressRequest fields, Instant updatedAt, Change change) {
        Pending created = new Pending(null, fields, updatedAt == null ? now : updatedAt);
        created.changes.add(history.prepare(change));
        pending.put(fields.content(), created);
    }

    /**
     * The entry's new fields with the change they make (null when no field changes), and when it last changed
     * as the file says ({@code updatedAt}; null: now if a field changed, else as it was).
     */
    void change(ProgressRequest fields, Change change, Instant updatedAt) {
        Pending changed = pending.computeIfAbsent(fields.content(), content -> {
            ProgressEntry entry = stored.get(content);
            return new Pending(entry, entry.fields(), entry.updatedAt());
        });
        changed.fields = fields;
        if (change != null) {
            changed.changes.add(history.prepare(change));
            changed.updatedAt = now;
        }
        if (updatedAt != null) {
            changed.updatedAt = updatedAt;
        }
    }

    /**
     * Writes every change, in the caller's transaction: the ids of the new entries, by content id. A conflict
     * when an entry changed (or was created) by another request since the import read the list: the
     * caller's transaction is then to be rolled back.
     */
    Map<Long, Long> write() {
        List<NewEntry> created = new ArrayList<>();
        List<ChangedEntry> changed = new ArrayList<>();
        pending.values().forEach(entry -> {
            if (entry.stored == null) {
                created.add(new NewEntry(entry.fields, now, entry.updatedAt));
            } else {
                changed.add(new ChangedEntry(entry.stored, entry.fields, entry.updatedAt));
            }
        });
        if (!changed.isEmpty() && !entries.updateAll(changed)) {
            throw ProgressImport.changedMeanwhile();
        }
        Map<Long, Long> createdIds = new LinkedHashMap<>();
        if (!created.isEmpty()) {
            if (!entries.insertAll(userId, created)) {
                // another request began tracking one of these contents since the import read the list
                throw ProgressImport.changedMeanwhile();
            }
            Map<Long, Long> ids = entries.idsByContent(userId);
            created.forEach(entry -> createdIds.put(entry.fields().content(), ids.get(entry.fields().content())));
        }
        List<Recorded> records = new ArrayList<>();
        pending.forEach((content, entry) -> {
            long id = entry.stored == null ? createdIds.get(content) : entry.stored.id();
            entry.changes.forEach(change -> records.add(new Recorded(id, userId, now, change)));
        });
        if (!records.isEmpty()) {
            history.recordAll(records);
        }
        return createdIds;
    }
}
