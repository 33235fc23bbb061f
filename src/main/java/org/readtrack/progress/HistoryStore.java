package org.readtrack.progress;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
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

    private static final String INSERT = """
            INSERT INTO progress_history (progress_id, user_id, at, action, changes, chapters_read, undone)
            VALUES (:entry, :user, :at, :action, :changes, :chaptersRead, FALSE)""";
    private static final String SELECT = "SELECT id, at, action, changes, chapters_read, undone FROM progress_history";

    private final Sql sql;
    private final JsonMapper json;

    HistoryStore(Sql sql, JsonMapper json) {
        this.sql = sql;
        this.json = json;
    }

    void record(long entryId, long userId, Instant at, Change change) {
        sql.write(INSERT).params(values(new Recorded(entryId, userId, at, prepare(change)))).update();
    }

    /** Several records at once, in batches of the current transaction. */
    void recordAll(List<Recorded> records) {
        sql.batch(INSERT, records, this::values);
    }

    /**
     * The change as it will be stored, its fields already written as JSON: a few hundred bytes where the tree
     * takes kilobytes, which counts when an import keeps thousands of changes until it writes them.
     */
    Prepared prepare(Change change) {
        return new Prepared(change.action(), json.writeValueAsString(change.changes()), change.chaptersRead());
    }

    /** A change ready to store: see {@link #prepare}. */
    record Prepared(HistoryAction action, String changes, int chaptersRead) {
    }

    /** A change of entry {@code entryId} to record with {@link #recordAll}. */
    record Recorded(long entryId, long userId, Instant at, Prepared change) {
    }

    private Map<String, Object> values(Recorded record) {
        return Map.of("entry", record.entryId(), "user", record.userId(), "at", Timestamp.from(record.at()),
                "action", record.change().action().value(), "changes", record.change().changes(),
                "chaptersRead", record.change().chaptersRead());
    }

    /** Newest first; the index on (progress_id, id) serves it. */
    Page<HistoryRecord> page(long entryId, PageQuery page) {
        return sql.page(SELECT + " WHERE progress_id = :entry ORDER BY id DESC LIMIT :limit OFFSET :offset",
                "SELECT count(*) FROM progress_history WHERE progress_id = :entry", Map.of("entry", entryId),
                this::row, page);
    }

    /**
     * The user's changes to all their entries, newest first, each with its entry and content: the index on
     * (user_id, at, …) serves it. A deleted entry's changes went with it.
     */
    Page<EntryChange> pageOfUser(long userId, PageQuery page) {
        return sql.page("SELECT h.id, h.at, h.action, h.changes, h.chapters_read, h.undone, h.progress_id,"
                        + " p.content_id FROM progress_history h JOIN progress p ON p.id = h.progress_id"
                        + " WHERE h.user_id = :user ORDER BY h.at DESC, h.id DESC LIMIT :limit OFFSET :offset",
                "SELECT count(*) FROM progress_history WHERE user_id = :user", Map.of("user", userId),
                (rs, rowNumber) -> new EntryChange(row(rs, rowNumber), rs.getLong("progress_id"),
                        rs.getLong("content_id")), page);
    }

    /** A change, and the entry and content it was made to. */
    record EntryChange(HistoryRecord record, long entryId, long contentId) {
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
