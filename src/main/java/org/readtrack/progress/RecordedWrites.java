package org.readtrack.progress;

import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each write of an entry together with its history record, in one transaction: the history never misses a
 * change nor records one that did not happen. Nothing here reads before it writes, so that the transaction is
 * as short as it can be (on SQLite, the single writer is held for two statements).
 */
@Component
class RecordedWrites {

    private final ProgressStore entries;
    private final HistoryStore history;

    RecordedWrites(ProgressStore entries, HistoryStore history) {
        this.entries = entries;
        this.history = history;
    }

    /** The new entry, or empty when the user already tracks its content. */
    @Transactional
    Optional<ProgressEntry> create(long userId, ProgressRequest fields, Instant now, Change change) {
        Optional<ProgressEntry> created = entries.insertIfAbsent(userId, fields, now);
        created.ifPresent(entry -> history.record(entry.id(), userId, now, change));
        return created;
    }

    /**
     * The entry with its new fields, or empty when it is no longer at the version it was read at (or an undo
     * finds its record undone by a concurrent one): the caller reads it again and recomputes its change. A null
     * {@code change} changes no field: the entry is only marked updated, and the history records nothing.
     */
    @Transactional
    Optional<ProgressEntry> update(ProgressEntry stored, ProgressRequest fields, Instant now, Change change) {
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
