package org.readtrack.progress;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.readtrack.database.GroupedWrites;
import org.readtrack.progress.HistoryStore.Recorded;
import org.readtrack.progress.ProgressStore.ChangedEntry;
import org.springframework.stereotype.Component;

/**
 * Each write of an entry together with its history record, in one transaction: the history never misses a
 * change nor records one that did not happen. Nothing here reads before it writes, so that the transaction is
 * as short as it can be; on SQLite the single writer does the changes of concurrent requests together
 * ({@link GroupedWrites}).
 */
@Component
class RecordedWrites {

    private final ProgressStore entries;
    private final HistoryStore history;
    private final GroupedWrites transactions;

    RecordedWrites(ProgressStore entries, HistoryStore history, GroupedWrites transactions) {
        this.entries = entries;
        this.history = history;
        this.transactions = transactions;
    }

    /** The new entry, or empty when the user already tracks its content. */
    Optional<ProgressEntry> create(long userId, ProgressRequest fields, Instant now, Change change) {
        return transactions.inTransaction(() -> {
            Optional<ProgressEntry> created = entries.insertIfAbsent(userId, fields, now);
            created.ifPresent(entry -> history.record(entry.id(), userId, now, change));
            return created;
        });
    }

    /**
     * The entry with its new fields, or empty when it is no longer at the version it was read at (or an undo
     * finds its record undone by a concurrent one): the caller reads it again and recomputes its change. A null
     * {@code change} changes no field: the entry is only marked updated, and the history records nothing.
     */
    Optional<ProgressEntry> update(ProgressEntry stored, ProgressRequest fields, Instant now, Change change) {
        return transactions.inTransaction(() -> write(stored, fields, now, change));
    }

    /**
     * Several entries changed together, with their history records, in one transaction: false, and nothing written,
     * if one of them is no longer at the version it was read at.
     */
    boolean updateAll(List<ChangedEntry> changed, List<Recorded> records) {
        try {
            return transactions.inTransaction(() -> {
                if (!entries.updateAll(changed)) {
                    throw new StaleEntryException();
                }
                history.recordAll(records);
                return true;
            });
        } catch (StaleEntryException e) {
            return false;
        }
    }

    private Optional<ProgressEntry> write(ProgressEntry stored, ProgressRequest fields, Instant now, Change change) {
        if (!entries.update(stored, fields, now)) {
            return Optional.empty();
        }
        if (change == null) {
            return Optional.of(stored.with(fields, now));
        }
        if (change.reverts() != null && !history.markUndone(change.reverts())) {
            throw new StaleEntryException();
        }
        history.record(stored.id(), stored.userId(), now, change);
        return Optional.of(stored.with(fields, now));
    }

    /** Rolls back a write that found its premise changed; the caller tries again. */
    static final class StaleEntryException extends RuntimeException {
        StaleEntryException() {
            super(null, null, false, false);
        }
    }
}
