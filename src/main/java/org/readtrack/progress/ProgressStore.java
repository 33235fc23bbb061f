package org.readtrack.progress;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.readtrack.database.Sql;
import org.readtrack.shared.Page;
import org.readtrack.shared.PageQuery;
import org.springframework.stereotype.Component;

/**
 * The SQL of reading progress, reads and writes: every statement on {@code progress} is here. Each method is
 * one statement, in the caller's transaction if there is one (see {@link Sql}); no method looks at whose
 * entry it is beyond the {@code user_id} it is given.
 */
@Component
class ProgressStore {

    private static final String COLUMNS = "id, user_id, content_id, last_chapter, notes, created_at, updated_at";
    private static final String SELECT = "SELECT " + COLUMNS + " FROM progress";
    private static final String BY_ID = " WHERE id = :id AND user_id = :user";
    /** Served by the unique index on (user_id, content_id). */
    private static final String BY_CONTENT = " WHERE user_id = :user AND content_id = :content";
    /** Served by the index on (user_id, updated_at, id). */
    private static final String RECENT_FIRST = " ORDER BY updated_at DESC, id DESC";

    private final Sql sql;

    ProgressStore(Sql sql) {
        this.sql = sql;
    }

    /**
     * A page of the user's entries, most recently updated first, optionally those of one content: one
     * statement for the page, one for the total when more entries follow it (see {@link Sql#page}).
     */
    Page<ProgressEntry> page(long userId, Long contentId, PageQuery page) {
        String where = " WHERE user_id = :user" + (contentId == null ? "" : " AND content_id = :content");
        Map<String, Object> parameters = contentId == null ? Map.of("user", userId)
                : Map.of("user", userId, "content", contentId);
        return sql.page(SELECT + where + RECENT_FIRST + " LIMIT :limit OFFSET :offset",
                "SELECT count(*) FROM progress" + where, parameters, ProgressStore::row, page);
    }

    Optional<ProgressEntry> find(long userId, long id) {
        return sql.read(SELECT + BY_ID).param("id", id).param("user", userId).query(ProgressStore::row).optional();
    }

    Optional<ProgressEntry> findByContent(long userId, long contentId) {
        return sql.read(SELECT + BY_CONTENT).param("user", userId).param("content", contentId)
                .query(ProgressStore::row).optional();
    }

    /**
     * The entry, locked until the transaction ends, for a change laid over its stored fields: on PostgreSQL
     * two such changes would otherwise both read the same row and the second would undo the first. SQLite
     * has no row locks to take and needs none: its write transactions run one at a time. Sent as a write, so
     * that it never runs on a read-only connection, where PostgreSQL refuses {@code FOR UPDATE}.
     */
    Optional<ProgressEntry> lock(long userId, long id) {
        return sql.write(SELECT + BY_ID + sql.dialect().forUpdate()).param("id", id).param("user", userId)
                .query(ProgressStore::row).optional();
    }

    /** As {@link #lock}, the entry addressed by its content. */
    Optional<ProgressEntry> lockByContent(long userId, long contentId) {
        return sql.write(SELECT + BY_CONTENT + sql.dialect().forUpdate()).param("user", userId)
                .param("content", contentId).query(ProgressStore::row).optional();
    }

    /** The id of the user's entry for this content, if the user tracks it. */
    Optional<Long> idByContent(long userId, long contentId) {
        return sql.read("SELECT id FROM progress" + BY_CONTENT)
                .param("user", userId).param("content", contentId).query(Long.class).optional();
    }

    /**
     * Creates the entry unless the user already tracks the content; empty if the user does. Both databases
     * settle a race on the unique (user, content) index, so concurrent calls never duplicate an entry, and
     * neither raises an error for it (which on PostgreSQL would end the transaction).
     */
    Optional<ProgressEntry> insertIfAbsent(long userId, ProgressRequest request, Instant now) {
        return sql.write("""
                        INSERT INTO progress (user_id, content_id, last_chapter, notes, created_at, updated_at)
                        VALUES (:user, :content, :lastChapter, :notes, :now, :now)
                        ON CONFLICT (user_id, content_id) DO NOTHING
                        RETURNING id""")
                .param("user", userId).param("content", request.content())
                .param("lastChapter", request.lastChapter()).param("notes", request.notes())
                .param("now", Timestamp.from(now))
                .query(Long.class).optional()
                .map(id -> new ProgressEntry(id, userId, request.content(), request.lastChapter(),
                        request.notes(), now, now));
    }

    /** Every field of a stored entry at once; the caller holds its lock. */
    ProgressEntry update(ProgressEntry stored, ProgressRequest request, Instant now) {
        int updated = sql.write("""
                        UPDATE progress SET content_id = :content, last_chapter = :lastChapter, notes = :notes,
                        updated_at = :now""" + BY_ID)
                .param("content", request.content()).param("lastChapter", request.lastChapter())
                .param("notes", request.notes()).param("now", Timestamp.from(now))
                .param("id", stored.id()).param("user", stored.userId())
                .update();
        if (updated != 1) {
            throw new IllegalStateException("Entry " + stored.id() + " was not locked before its update");
        }
        return stored.with(request, now);
    }

    /** Whether there was such an entry to delete. */
    boolean delete(long userId, long id) {
        return sql.write("DELETE FROM progress" + BY_ID)
                .param("id", id).param("user", userId).update() > 0;
    }

    boolean deleteByContent(long userId, long contentId) {
        return sql.write("DELETE FROM progress" + BY_CONTENT)
                .param("user", userId).param("content", contentId).update() > 0;
    }

    private static ProgressEntry row(ResultSet rs, int rowNumber) throws SQLException {
        return new ProgressEntry(rs.getLong("id"), rs.getLong("user_id"), rs.getLong("content_id"),
                rs.getString("last_chapter"), rs.getString("notes"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
