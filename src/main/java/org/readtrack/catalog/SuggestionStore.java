package org.readtrack.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.readtrack.database.Sql;
import org.readtrack.shared.Page;
import org.readtrack.shared.PageQuery;
import org.springframework.stereotype.Component;

/** The SQL of {@code suggestions}, with each proposer's username. */
@Component
class SuggestionStore {

    private static final String SELECT = "SELECT s.id, s.content_id, s.suggested_by, u.username, s.title, s.status,"
            + " s.reason, s.reviewed_at, r.username AS reviewer, s.created_at FROM suggestions s"
            + " JOIN users u ON u.id = s.suggested_by LEFT JOIN users r ON r.id = s.reviewed_by";

    /** A suggestion as stored; {@code reviewer} is null while pending, or once the reviewer's account is gone. */
    record Row(long id, long contentId, long suggestedBy, String username, String title, SuggestionStatus status,
            String reason, Instant reviewedAt, String reviewer, Instant createdAt) {

        /**
         * As {@code viewer} sees it: who reviewed it is for moderators, who share the work, not for the proposer, to
         * whom the review is the catalog's answer rather than one person's.
         */
        SuggestionResponse response(ContentResponse content, Viewer viewer) {
            return new SuggestionResponse(id, status, contentId, suggestedBy, username, reason, createdAt, title,
                    reviewedAt, viewer.reviewer() ? reviewer : null, content);
        }
    }

    private final Sql sql;

    SuggestionStore(Sql sql) {
        this.sql = sql;
    }

    long insert(long contentId, long userId, String title, Instant now) {
        return sql.write("INSERT INTO suggestions (content_id, suggested_by, title, status, reason, created_at)"
                        + " VALUES (:content, :user, :title, 'pending', '', :now) RETURNING id")
                .param("content", contentId).param("user", userId).param("title", title)
                .param("now", Timestamp.from(now)).query(Long.class).single();
    }

    int pendingBy(long userId) {
        return sql.read("SELECT count(*) FROM suggestions WHERE suggested_by = :user AND status = 'pending'")
                .param("user", userId).query(Integer.class).single();
    }

    Optional<Row> find(long id) {
        return sql.read(SELECT + " WHERE s.id = :id").param("id", id).query(SuggestionStore::row).optional();
    }

    /**
     * Newest first: those of {@code userId} (null: everyone's), of this status (null: any), each list served by
     * an index ending in the id.
     */
    Page<Row> page(Long userId, SuggestionStatus status, PageQuery page) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (userId != null) {
            conditions.add("s.suggested_by = :user");
            parameters.put("user", userId);
        }
        if (status != null) {
            conditions.add("s.status = :status");
            parameters.put("status", status.value());
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        return sql.page(SELECT + where + " ORDER BY s.id DESC LIMIT :limit OFFSET :offset",
                "SELECT count(*) FROM suggestions s" + where, parameters, SuggestionStore::row, page);
    }

    /**
     * Ends a pending suggestion's review; {@code contentId} is the content it now names. False when it was no
     * longer pending: another moderator came first.
     */
    boolean review(long id, SuggestionStatus outcome, String reason, long contentId, long reviewer, Instant now) {
        return sql.write("UPDATE suggestions SET status = :status, reason = :reason, content_id = :content,"
                        + " reviewed_by = :reviewer, reviewed_at = :now WHERE id = :id AND status = 'pending'")
                .param("status", outcome.value()).param("reason", reason).param("content", contentId)
                .param("reviewer", reviewer).param("now", Timestamp.from(now)).param("id", id)
                .update() == 1;
    }

    private static Row row(ResultSet rs, int rowNumber) throws SQLException {
        Timestamp reviewed = rs.getTimestamp("reviewed_at");
        return new Row(rs.getLong("id"), rs.getLong("content_id"), rs.getLong("suggested_by"), rs.getString("username"),
                rs.getString("title"), SuggestionStatus.fromValue(rs.getString("status")), rs.getString("reason"),
                reviewed == null ? null : reviewed.toInstant(), rs.getString("reviewer"),
                rs.getTimestamp("created_at").toInstant());
    }
}
