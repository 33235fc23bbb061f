package org.readtrack.progress;

import java.time.Clock;
import java.util.Optional;

import org.readtrack.catalog.ContentCatalog;
import org.readtrack.database.Timestamps;
import org.readtrack.shared.ConflictException;
import org.readtrack.shared.FieldErrors;
import org.readtrack.shared.NotFoundException;
import org.readtrack.shared.RequestValidator;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change to a user's entries, and the rules it follows. A change that reads the entry before it writes
 * (PUT, PATCH, PUT on a content) is one transaction that locks the entry first, so that concurrent changes
 * never undo each other; the others are single statements. The results are stored entries without their
 * content: {@link ReadingProgress} adds it once the transaction is over, when the catalog's cache may serve
 * it (inside a write transaction the catalog reads the database, on SQLite's single writer).
 */
@Component
class ProgressChanges {

    static final String ALREADY_TRACKED = "You already track this content.";

    private final ProgressStore entries;
    private final ContentCatalog catalog;
    private final RequestValidator validator;
    private final Clock clock;

    ProgressChanges(ProgressStore entries, ContentCatalog catalog, RequestValidator validator, Clock clock) {
        this.entries = entries;
        this.catalog = catalog;
        this.validator = validator;
        this.clock = clock;
    }

    /**
     * Two statements: the content's existence, then the insert, which also tells whether the user already
     * tracks the content (then a third finds that entry for the conflict). No transaction: the unique
     * (user, content) index settles a race between two of them.
     */
    ProgressEntry create(long userId, ProgressRequest request) {
        checkContent(request.content());
        return entries.insertIfAbsent(userId, request, Timestamps.now(clock))
                .orElseThrow(() -> alreadyTracked(userId, request.content()));
    }

    @Transactional
    ProgressEntry replace(long userId, long id, ProgressRequest request) {
        return save(lock(userId, id), request);
    }

    /**
     * The patch laid over the stored entry, validated as a whole like a POST, then saved like a PUT. The usual
     * PATCH (chapter, notes) is two statements, the locked read and the update; a concurrent PATCH of another
     * field waits for the lock (PostgreSQL's row lock, SQLite's single writer), then reads what this one wrote,
     * so both land. Someone else's entry is not found, whatever the body says: the lock finds an entry for
     * its owner only, before anything is validated.
     */
    @Transactional
    ProgressEntry patch(long userId, long id, ProgressPatch patch) {
        ProgressEntry stored = lock(userId, id);
        return save(stored, validator.validate(patch.applyTo(stored.request())));
    }

    /**
     * Creates or updates the user's entry for a content: two statements when the entry exists (the locked
     * read, the update), three when this creates it (the locked read, the content's existence, the insert).
     * The insert settles races on the unique (user, content) index; whoever loses updates the entry that
     * won, so concurrent calls leave exactly one entry.
     */
    @Transactional
    Upserted<ProgressEntry> upsert(long userId, long contentId, ProgressUpdate update) {
        Optional<ProgressEntry> stored = entries.lockByContent(userId, contentId);
        if (stored.isEmpty()) {
            if (!catalog.exists(contentId)) {
                throw new NotFoundException("No content with this id.");
            }
            Optional<ProgressEntry> created = entries.insertIfAbsent(userId,
                    update.applyTo(new ProgressRequest(contentId, null, null)), Timestamps.now(clock));
            if (created.isPresent()) {
                return new Upserted<>(created.get(), true);
            }
            // a concurrent call created it since the read above (PostgreSQL; SQLite's writer runs one at a time)
            stored = entries.lockByContent(userId, contentId);
        }
        ProgressEntry entry = stored
                .orElseThrow(() -> new ConflictException("The entry was deleted meanwhile; try again."));
        return new Upserted<>(save(entry, update.applyTo(entry.request())), false);
    }

    void delete(long userId, long id) {
        if (!entries.delete(userId, id)) {
            throw new NotFoundException();
        }
    }

    void deleteForContent(long userId, long contentId) {
        if (!entries.deleteByContent(userId, contentId)) {
            throw new NotFoundException();
        }
    }

    private ProgressEntry lock(long userId, long id) {
        return entries.lock(userId, id).orElseThrow(NotFoundException::new);
    }

    /**
     * Under the entry's lock, the one write of PUT and PATCH: an entry moved to another content needs that
     * content to exist and not to be tracked by the user already.
     */
    private ProgressEntry save(ProgressEntry stored, ProgressRequest request) {
        if (stored.contentId() != request.content()) {
            checkContent(request.content());
            Optional<Long> existing = entries.idByContent(stored.userId(), request.content());
            if (existing.isPresent()) {
                throw alreadyTracked(existing.get());
            }
        }
        return entries.update(stored, request, Timestamps.now(clock));
    }

    private void checkContent(long contentId) {
        if (!catalog.exists(contentId)) {
            throw FieldErrors.unknownReference("content", contentId);
        }
    }

    private ConflictException alreadyTracked(long userId, long contentId) {
        return entries.idByContent(userId, contentId).map(ProgressChanges::alreadyTracked)
                // deleted again since the insert found it
                .orElseGet(() -> new ConflictException(ALREADY_TRACKED));
    }

    private static ConflictException alreadyTracked(long existingId) {
        return ConflictException.onField("content", ALREADY_TRACKED).with("existing_id", existingId);
    }
}
