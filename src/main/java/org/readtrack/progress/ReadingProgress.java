package org.readtrack.progress;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.readtrack.catalog.ContentCatalog;
import org.readtrack.catalog.ContentResponse;
import org.readtrack.database.ConstraintViolations;
import org.readtrack.database.Sql;
import org.readtrack.shared.ConflictException;
import org.readtrack.shared.FieldErrors;
import org.readtrack.shared.NotFoundException;
import org.readtrack.shared.PageQuery;
import org.readtrack.web.PageResponse;
import org.readtrack.shared.RequestValidator;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Every operation takes the caller's id and touches that user's entries only. */
@Component
class ReadingProgress {

    static final String ALREADY_TRACKED = "You already track this content.";
    private static final String COLUMNS = "id, user_id, content_id, last_chapter, notes, created_at, updated_at";
    private static final String SELECT = "SELECT " + COLUMNS + " FROM progress";
    /** Any content id: a PATCH that leaves the content alone is validated without it. */
    private static final long KEPT_CONTENT = 0;
    /** Served by the index on (user_id, updated_at, id). */
    private static final String RECENT_FIRST = " ORDER BY updated_at DESC, id DESC";

    private final ProgressRepository entries;
    private final ContentCatalog catalog;
    private final RequestValidator validator;
    private final Clock clock;
    private final TransactionTemplate writes;
    private final Sql reads;
    private final JdbcClient jdbc;

    ReadingProgress(ProgressRepository entries, Sql reads, ContentCatalog catalog, RequestValidator validator,
            Clock clock, PlatformTransactionManager transactionManager, JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.writes = new TransactionTemplate(transactionManager);
        this.reads = reads;
        this.entries = entries;
        this.catalog = catalog;
        this.validator = validator;
        this.clock = clock;
    }

    /**
     * One query for the page, one for the count when more entries follow it, one for the contents it shows
     * (unless cached). Plain SQL: through Hibernate this list cost a third more CPU per request, and the
     * managed entities of 32 requests in flight outgrew the young generation, so they reached the old one.
     */
    PageResponse<ProgressResponse> list(long userId, Long contentId, PageQuery page) {
        String where = " WHERE user_id = :user" + (contentId == null ? "" : " AND content_id = :content");
        Map<String, Object> parameters = contentId == null ? Map.of("user", userId)
                : Map.of("user", userId, "content", contentId);
        List<ProgressResponse> fetched = reads.read(SELECT + where + RECENT_FIRST + " LIMIT :limit OFFSET :offset")
                .params(parameters).param("limit", page.fetchSize()).param("offset", page.offset())
                .query(ReadingProgress::row).list();
        List<ProgressResponse> found = page.items(fetched);
        long count = page.total(fetched.size(),
                () -> reads.read("SELECT count(*) FROM progress" + where).params(parameters).query(Long.class).single());
        if (count == 0 && contentId != null && !catalog.exists(contentId)) {
            // as for ?content= on chapters: naming a content that does not exist is a mistake, not an empty list
            throw FieldErrors.of("content", "Select a valid choice. That choice is not one of the available choices.");
        }
        Map<Long, ContentResponse> contents =
                catalog.describe(found.stream().map(ProgressResponse::content).toList());
        return PageResponse.of(page, count,
                found.stream().map(entry -> entry.withContent(contents.get(entry.content()))).toList());
    }

    private static ProgressResponse row(ResultSet rs, int rowNumber) throws SQLException {
        Instant updated = rs.getTimestamp("updated_at").toInstant();
        return new ProgressResponse(rs.getLong("id"), rs.getLong("user_id"), rs.getLong("content_id"), null,
                rs.getString("last_chapter"), rs.getString("notes"), updated,
                rs.getTimestamp("created_at").toInstant(), updated);
    }

    @Transactional(readOnly = true)
    ProgressResponse get(long userId, long id) {
        return respond(find(userId, id));
    }

    ProgressResponse create(long userId, ProgressRequest request) {
        checkContent(request.content());
        rejectTracked(userId, request.content(), null);
        try {
            return respond(writes.execute(status -> entries.saveAndFlush(new Progress(userId, request, now()))));
        } catch (DataAccessException e) {
            if (ConstraintViolations.isConstraintViolation(e)) {
                // created by a concurrent request since the check above
                throw alreadyTracked(userId, request.content());
            }
            throw e;
        }
    }

    ProgressResponse replace(long userId, long id, ProgressRequest request) {
        return respond(writes.execute(status -> store(find(userId, id), request)));
    }

    /**
     * The usual PATCH (chapter, notes) is one {@code UPDATE … RETURNING} of the fields it names, on its own:
     * nothing to read first, SQLite's single writer held for one statement, one round trip to PostgreSQL,
     * and concurrent PATCHes of different fields all land. Moving the entry to another content needs the
     * checks of a replace, under a row lock.
     */
    ProgressResponse patch(long userId, long id, ProgressPatch patch) {
        if (patch.content() == null) {
            return patchInPlace(userId, id, patch);
        }
        return respond(writes.execute(status -> {
            Progress entry = entries.findForUpdateByIdAndUserId(id, userId).orElseThrow(NotFoundException::new);
            return store(entry, validator.validate(patch.applyTo(entry.asRequest())));
        }));
    }

    private ProgressResponse patchInPlace(long userId, long id, ProgressPatch patch) {
        // The stored fields were valid when written, so only the given ones need checking; the content
        // stays, whatever stands in for it here.
        ProgressRequest changed = patch.applyTo(new ProgressRequest(KEPT_CONTENT, "", ""));
        FieldErrors errors = validator.errorsOf(changed);
        if (!errors.isEmpty() && !isOwnEntry(userId, id)) {
            // as with every other request: someone else's entry is not found, whatever the body says
            throw new NotFoundException();
        }
        errors.throwIfAny();
        StringBuilder set = new StringBuilder("updated_at = :now");
        Map<String, Object> values = new HashMap<>(Map.of("now", Timestamp.from(now()), "id", id, "user", userId));
        if (patch.lastChapter() != null) {
            set.append(", last_chapter = :lastChapter");
            values.put("lastChapter", changed.lastChapter());
        }
        if (patch.notes() != null) {
            set.append(", notes = :notes");
            values.put("notes", changed.notes());
        }
        ProgressResponse updated = jdbc.sql("UPDATE progress SET " + set + " WHERE id = :id AND user_id = :user"
                        + " RETURNING " + COLUMNS)
                .params(values).query(ReadingProgress::row).optional().orElseThrow(NotFoundException::new);
        return updated.withContent(catalog.describe(List.of(updated.content())).get(updated.content()));
    }

    private boolean isOwnEntry(long userId, long id) {
        return reads.read("SELECT count(*) FROM progress WHERE id = :id AND user_id = :user")
                .param("id", id).param("user", userId).query(Long.class).single() > 0;
    }

    /**
     * Inside the write transaction: only what must be there. The response's content is read afterwards,
     * so that SQLite's single writer is held as briefly as possible.
     */
    private Progress store(Progress entry, ProgressRequest request) {
        if (!entry.getContentId().equals(request.content())) {
            checkContent(request.content());
            rejectTracked(entry.getUserId(), request.content(), entry.getId());
        }
        entry.apply(request, now());
        return entries.saveAndFlush(entry);
    }

    void delete(long userId, long id) {
        writes.executeWithoutResult(status -> entries.delete(find(userId, id)));
    }

    record Upserted(ProgressResponse entry, boolean created) {
    }

    /**
     * Creates or updates the caller's entry for a content. The insert settles races on the unique index;
     * whoever loses updates the entry that won, so concurrent calls leave exactly one entry.
     */
    Upserted upsert(long userId, long contentId, ProgressUpdate update) {
        if (!catalog.exists(contentId)) {
            throw new NotFoundException("No content with this id.");
        }
        boolean[] created = new boolean[1];
        Progress entry = writes.execute(status -> {
            Instant now = now();
            created[0] = entries.insertIfAbsent(userId, contentId, orEmpty(update.lastChapter()),
                    orEmpty(update.notes()), now) == 1;
            Progress stored = entries.findForUpdateByUserIdAndContentId(userId, contentId)
                    .orElseThrow(() -> new ConflictException("The entry was deleted meanwhile; try again."));
            if (!created[0]) {
                stored.update(update.lastChapter(), update.notes(), now);
                entries.flush();
            }
            return stored;
        });
        return new Upserted(respond(entry), created[0]);
    }

    @Transactional(readOnly = true)
    ProgressResponse getForContent(long userId, long contentId) {
        return respond(entries.findByUserIdAndContentId(userId, contentId).orElseThrow(NotFoundException::new));
    }

    void deleteForContent(long userId, long contentId) {
        writes.executeWithoutResult(status -> entries.delete(
                entries.findByUserIdAndContentId(userId, contentId).orElseThrow(NotFoundException::new)));
    }

    private Progress find(long userId, long id) {
        return entries.findByIdAndUserId(id, userId).orElseThrow(NotFoundException::new);
    }

    private ProgressResponse respond(Progress entry) {
        return ProgressResponse.of(entry, catalog.describe(List.of(entry.getContentId()))
                .get(entry.getContentId()));
    }

    private void checkContent(long contentId) {
        if (!catalog.exists(contentId)) {
            throw FieldErrors.of("content", "Invalid pk \"" + contentId + "\" - object does not exist.");
        }
    }

    private void rejectTracked(long userId, long contentId, Long exceptId) {
        Optional<Progress> existing = entries.findByUserIdAndContentId(userId, contentId);
        if (existing.isPresent() && !existing.get().getId().equals(exceptId)) {
            throw alreadyTracked(existing.get().getId());
        }
    }

    private ConflictException alreadyTracked(long userId, long contentId) {
        return entries.findByUserIdAndContentId(userId, contentId)
                .map(existing -> alreadyTracked(existing.getId()))
                .orElseGet(() -> new ConflictException(ALREADY_TRACKED));
    }

    private static ConflictException alreadyTracked(Long existingId) {
        return ConflictException.onField("content", ALREADY_TRACKED).with("existing_id", existingId);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
