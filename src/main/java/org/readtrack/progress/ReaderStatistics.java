package org.readtrack.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.readtrack.catalog.ContentVisibility;
import org.readtrack.database.Sql;
import org.springframework.stereotype.Component;

/**
 * The figures of {@code GET /api/stats/me/}, each counted by the database over the caller's entries and
 * history (indexes on progress (user_id, …) and progress_history (user_id, at, …)): three statements, whatever
 * the size of the list. A public profile's figures leave the private entries and their history out.
 */
@Component
class ReaderStatistics {

    /** Days of reading shown, today included. */
    static final int DAYS = 365;
    private static final int MAX_SCORE = 10;

    private final Sql sql;
    private final Clock clock;

    ReaderStatistics(Sql sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    /** Over all the reader's entries: for the reader. */
    ReaderStats of(long userId) {
        return of(userId, false);
    }

    /** Over the entries that are not private: what others may see. */
    ReaderStats ofPublic(long userId) {
        return of(userId, true);
    }

    private ReaderStats of(long userId, boolean publicOnly) {
        // what visitors see: neither private entries nor series suggested and not approved
        String shown = publicOnly ? " AND p.private = FALSE AND " + ContentVisibility.isPublic("p.content_id") : "";
        Map<String, Long> byStatus = new LinkedHashMap<>();
        for (ReadingStatus status : ReadingStatus.values()) {
            byStatus.put(status.value(), 0L);
        }
        Map<String, Long> histogram = new LinkedHashMap<>();
        for (int bucket = 0; bucket <= MAX_SCORE; bucket++) {
            histogram.put(Integer.toString(bucket), 0L);
        }
        long[] favorites = {0};
        long[] scored = {0};
        BigDecimal[] total = {BigDecimal.ZERO};
        // one row per status, score and favourite flag: a few dozen at most, whatever the size of the list
        sql.read("SELECT status, score, favorite, count(*) AS entries FROM progress p WHERE user_id = :user" + shown
                        + " GROUP BY status, score, favorite")
                .param("user", userId).query(rs -> {
                    long count = rs.getLong("entries");
                    byStatus.merge(rs.getString("status"), count, Long::sum);
                    if (rs.getBoolean("favorite")) {
                        favorites[0] += count;
                    }
                    BigDecimal score = rs.getBigDecimal("score");
                    if (score != null) {
                        histogram.merge(Integer.toString(score.intValue()), count, Long::sum);
                        total[0] = total[0].add(score.multiply(BigDecimal.valueOf(count)));
                        scored[0] += count;
                    }
                });
        long entries = byStatus.values().stream().mapToLong(Long::longValue).sum();
        BigDecimal mean = scored[0] == 0 ? null
                : total[0].divide(BigDecimal.valueOf(scored[0]), 2, RoundingMode.HALF_UP);

        Map<String, Long> chaptersByDay = chaptersReadByDay(userId, publicOnly);
        long chaptersRead = chaptersByDay.values().stream().mapToLong(Long::longValue).sum();
        return new ReaderStats(entries, byStatus, favorites[0], mean, histogram, chaptersRead,
                lastDays(chaptersByDay), byCategory(userId, shown));
    }

    /**
     * The chapters read on each day (UTC, {@code YYYY-MM-DD}) the user read any, changes undone since left out:
     * one statement answered from the index on (user_id, at, undone, chapters_read). Without the private entries,
     * each change is joined to its entry (by its primary key) to see whether it is private.
     */
    private Map<String, Long> chaptersReadByDay(long userId, boolean publicOnly) {
        Map<String, Long> counts = new HashMap<>();
        String changes = publicOnly
                ? " FROM progress_history h JOIN progress p ON p.id = h.progress_id AND p.private = FALSE AND "
                        + ContentVisibility.isPublic("p.content_id")
                : " FROM progress_history h";
        sql.read("SELECT " + sql.dialect().utcDay("h.at") + " AS day, sum(h.chapters_read) AS chapters" + changes
                        + " WHERE h.user_id = :user AND h.undone = FALSE AND h.chapters_read > 0 GROUP BY 1")
                .param("user", userId)
                .query(rs -> {
                    counts.put(rs.getString("day"), rs.getLong("chapters"));
                });
        return counts;
    }

    /** Every one of the last {@link #DAYS} days (UTC), oldest first, days without reading included. */
    private List<ReaderStats.DayCount> lastDays(Map<String, Long> chaptersByDay) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        List<ReaderStats.DayCount> days = new ArrayList<>(DAYS);
        for (LocalDate day = today.minusDays(DAYS - 1); !day.isAfter(today); day = day.plusDays(1)) {
            days.add(new ReaderStats.DayCount(day, chaptersByDay.getOrDefault(day.toString(), 0L)));
        }
        return days;
    }

    /** The categories of the tracked contents, {@code shown} narrowing the entries, the most tracked first. */
    private List<ReaderStats.CategoryCount> byCategory(long userId, String shown) {
        return sql.read("""
                        SELECT k.id, k.name, count(*) AS entries FROM progress p
                        JOIN contents c ON c.id = p.content_id JOIN categories k ON k.id = c.category_id
                        WHERE p.user_id = :user""" + shown + " GROUP BY k.id, k.name ORDER BY entries DESC, k.id")
                .param("user", userId)
                .query((rs, row) -> new ReaderStats.CategoryCount(
                        new ReaderStats.Category(rs.getLong("id"), rs.getString("name")), rs.getLong("entries")))
                .list();
    }
}
