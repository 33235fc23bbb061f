package org.readtrack.progress;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    /** Chapters of followed contents, but those announced for a later day: they are no news before it comes. */
    private static final String FOLLOWED = " FROM progress p JOIN chapters ch ON ch.content_id = p.content_id"
            + " WHERE p.user_id = :user AND p.status IN ('reading', 'on_hold')"
            + " AND (ch.release_date IS NULL OR ch.release_date <= :today) AND ";

    private final Sql sql;

    FeedStore(Sql sql) {
        this.sql = sql;
    }

    /**
     * The chapters released by the reader's {@code today}, each with its content's id and whether the reader's last
     * chapter is at or past it; of the contents the reader sees only (an entry may outlive the reader's sight of its content).
     */
    Page<FeedRow> page(long userId, LocalDate today, PageQuery page) {
        Map<String, Object> parameters = new HashMap<>(Map.of("user", userId, "today", Date.valueOf(today)));
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

    /**
     * The same chapters by content and day, newest day first, then the content with the chapter added last: a
     * back catalogue added at once is one line, not hundreds, apart from the chapters released that day. Each with
     * its first and last chapters in natural order, and how many the reader has not passed.
     */
    Page<ReleaseRow> releases(long userId, LocalDate today, PageQuery page) {
        Map<String, Object> parameters = new HashMap<>(Map.of("user", userId, "today", Date.valueOf(today)));
        String followed = FOLLOWED + ContentVisibility.visibleTo(Viewer.reader(userId), "p.content_id", parameters);
        String day = "coalesce(ch.release_date, " + sql.dialect().utcDate("ch.created_at") + ")";
        // a chapter released on a day and a back catalogue added that day without dates are two lines: "Chapter 1134"
        // is the news, not the end of "Chapters 1 to 1134"
        String grouped = followed + " GROUP BY ch.content_id, " + day
                + ", CASE WHEN ch.release_date IS NULL THEN 0 ELSE 1 END";
        Page<ReleaseKeys> keys = sql.page("SELECT ch.content_id, " + day + " AS released, count(*) AS chapters,"
                        + " sum(CASE WHEN ch.sort_key <= p.last_chapter_key THEN 0 ELSE 1 END) AS unread,"
                        + " min(ch.sort_key) AS first_key, max(ch.sort_key) AS last_key, max(ch.id) AS newest"
                        + grouped + " ORDER BY released DESC, newest DESC LIMIT :limit OFFSET :offset",
                "SELECT count(*) FROM (SELECT 1" + grouped + ") AS releases", parameters, FeedStore::keys, page);
        Map<String, ChapterSummary> ends = chapters(keys.items());
        return keys.map(release -> new ReleaseRow(release.contentId(), release.released(), release.chapters(),
                release.unread(), ends.get(release.contentId() + " " + release.firstKey()),
                ends.get(release.contentId() + " " + release.lastKey())));
    }

    record ReleaseRow(long contentId, LocalDate released, int chapters, int unread, ChapterSummary first,
            ChapterSummary last) {
    }

    private record ReleaseKeys(long contentId, LocalDate released, int chapters, int unread, String firstKey,
            String lastKey) {
    }

    /** The releases' first and last chapters, by content id and sort key; one statement for the page. */
    private Map<String, ChapterSummary> chapters(List<ReleaseKeys> releases) {
        Map<String, ChapterSummary> found = new HashMap<>();
        if (releases.isEmpty()) {
            return found;
        }
        Set<String> sortKeys = new HashSet<>();
        releases.forEach(release -> sortKeys.addAll(List.of(release.firstKey(), release.lastKey())));
        sql.read("SELECT id, chapter_number, title, release_date, content_id, sort_key FROM chapters"
                        + " WHERE content_id IN (:contents) AND sort_key IN (:keys) ORDER BY id DESC")
                .param("contents", releases.stream().map(ReleaseKeys::contentId).distinct().toList())
                .param("keys", List.copyOf(sortKeys))
                // two numbers written differently may share a key ("7" and "07"): the first added stands for both
                .query((rs, rowNumber) -> found.put(rs.getLong("content_id") + " " + rs.getString("sort_key"),
                        summary(rs)))
                .list();
        return found;
    }

    private static ReleaseKeys keys(ResultSet rs, int rowNumber) throws SQLException {
        return new ReleaseKeys(rs.getLong("content_id"), rs.getDate("released").toLocalDate(),
                rs.getInt("chapters"), rs.getInt("unread"), rs.getString("first_key"), rs.getString("last_key"));
    }

    private static ChapterSummary summary(ResultSet rs) throws SQLException {
        Date released = rs.getDate("release_date");
        return new ChapterSummary(rs.getLong("id"), rs.getString("chapter_number"), rs.getString("title"),
                released == null ? null : released.toLocalDate());
    }

    private static FeedRow row(ResultSet rs, int rowNumber) throws SQLException {
        return new FeedRow(summary(rs), rs.getLong("content_id"), rs.getInt("is_read") == 1);
    }
}
