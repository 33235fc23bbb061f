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
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The SQL of {@code progress_history}: every change to every entry, kept until the entry is deleted. */
@Component
class HistoryStore {

    private static final String SELECT = "SELECT id, at, action, changes, chapters_read, undone FROM progress_history";

    private final Sql sql;
    private final JsonMapper json;

    HistoryStore(Sql sql, JsonMapper json) {
        this.sql = sql;
        this.json = json;
    }

    void record(long entryId, long userId, Instant at, Change change) {
        sql.write("""
                        INSERT INTO progress_history (progress_id, user_id, at, action, changes, chapters_read, undone)
                        VALUES (:entry, :user, :at, :action, :changes, :chaptersRead, FALSE)""")
                .param("entry", entryId).param("user", userId).param("at", Timestamp.from(at))
                .param("action", change.action().value()).param("changes", json.writeValueAsString(change.changes()))
                .param("chaptersRead", change.chaptersRead())
                .update();
    }

    /** Newest first; the index on (progress_id, id) serves it. */
    Page<HistoryRecord> page(long entryId, PageQuery page) {
        return sql.page(SELECT + " WHERE progress_id = :entry ORDER BY id DESC LIMIT :limit OFFSET :offset",
                "SELECT count(*) FROM progress_history WHERE progress_id = :entry", Map.of("entry", entryId),
                this::row, page);
    }

    /** The entry's latest change that an undo may revert: not an undo itself, not reverted yet. */
    Optional<HistoryRecord> latestUndoable(long entryId) {
        return sql.read(SELECT + " WHERE progress_id = :entry AND undone = FALSE AND action <> 'undo'"
                        + " ORDER BY id DESC LIMIT 1")
                .param("entry", entryId).query(this::row).optional();
    }

    /** False if it was undone already: a concurrent undo came first. */
    boolean markUndone(long recordId) {
        return sql.write("UPDATE progress_history SET undone = TRUE WHERE id = :id AND undone = FALSE")
                .param("id", recordId).update() == 1;
    }

    private HistoryRecord row(ResultSet rs, int rowNumber) throws SQLException {
        return new HistoryRecord(rs.getLong("id"), rs.getTimestamp("at").toInstant(),
                HistoryAction.fromValue(rs.getString("action")),
                (ObjectNode) json.readTree(rs.getString("changes")), rs.getInt("chapters_read"),
                rs.getBoolean("undone"));
    }
}
