package org.readtrack.progress;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

import org.readtrack.catalog.ChapterSummary;
import org.readtrack.catalog.ContentVisibility;
import org.readtrack.catalog.Viewer;
import org.readtrack.database.Sql;
import org.readtrack.shared.Page;
import org.readtrack.shared.PageQuery;
import org.springframework.stereotype.Component;

/**
 * The SQL of the new-chapters feed: the chapters of the contents a user follows (status {@code reading} or
 * {@code on_hold}), newest release first. A chapter without a release date counts from the day it was added, and
 * chapters of one day come newest added first, on both databases.
 */
@Component
class FeedStore {

    private static final String FOLLOWED = " FROM progress p JOIN chapters ch ON ch.content_id = p.content_id"
            + " WHERE p.user_id = :user AND p.status IN ('reading', 'on_hold') AND ";

    private final Sql sql;

    FeedStore(Sql sql) {
        this.sql = sql;
    }

    /**
     * The chapters, each with its content's id and whether the reader's last chapter is at or past it; of the
     * contents the reader sees only (an entry may outlive the reader's sight of its content).
     */
    Page<FeedRow> page(long userId, PageQuery page) {
        Map<String, Object> parameters = new HashMap<>(Map.of("user", userId));
        String followed = FOLLOWED + ContentVisibility.visibleTo(Viewer.reader(userId), "p.content_id", parameters);
        String day = "coalesce(ch.release_date, " + sql.dialect().utcDate("ch.created_at") + ")";
        return sql.page("""
                        SELECT ch.id, ch.chapter_number, ch.title, ch.release_date, ch.content_id,
                            CASE WHEN ch.sort_key <= p.last_chapter_key THEN 1 ELSE 0 END AS is_read"""
                        + followed + " ORDER BY " + day + " DESC, ch.id DESC LIMIT :limit OFFSET :offset",
                "SELECT count(*)" + followed, parameters, FeedStore::row, page);
    }

    record FeedRow(ChapterSummary chapter, long contentId, boolean read) {
    }

    private static FeedRow row(ResultSet rs, int rowNumber) throws SQLException {
        Date released = rs.getDate("release_date");
        return new FeedRow(new ChapterSummary(rs.getLong("id"), rs.getString("chapter_number"),
                rs.getString("title"), released == null ? null : released.toLocalDate()),
                rs.getLong("content_id"), rs.getInt("is_read") == 1);
    }
}
