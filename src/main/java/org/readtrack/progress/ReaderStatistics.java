package org.readtrack.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.readtrack.catalog.ContentVisibility;
import org.readtrack.database.Sql;
import org.readtrack.database.SqlDialect;
import org.readtrack.shared.DayCount;
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

    /** Over all the reader's entries, days counted in {@code zone}: for the reader. */
    ReaderStats of(long userId, ZoneId zone) {
        return of(userId, false, zone);
    }

    /** Over the entries that are not private, days counted in {@code zone}: what others may see. */
    ReaderStats ofPublic(long userId, ZoneId zone) {
        return of(userId, true, zone);
    }

    private ReaderStats of(long userId, boolean publicOnly, ZoneId zone) {
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
        BigDecimal[] ends = {null, null};
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
                        ends[0] = ends[0] == null || score.compareTo(ends[0]) < 0 ? score : ends[0];
                        ends[1] = ends[1] == null || score.compareTo(ends[1]) > 0 ? score : ends[1];
                    }
                });
        long entries = byStatus.values().stream().mapToLong(Long::longValue).sum();
        BigDecimal mean = scored[0] == 0 ? null
                : total[0].divide(BigDecimal.valueOf(scored[0]), 2, RoundingMode.HALF_UP);

        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate firstDay = today.minusDays(DAYS - 1);
        ChaptersRead read = chaptersRead(userId, publicOnly, zone, firstDay);
        return new ReaderStats(entries, byStatus, favorites[0], mean, oneDecimal(ends[0]), oneDecimal(ends[1]),
                histogram, read.total(),
                DayCount.everyDay(read.byDay(), firstDay, today), byCategory(userId, shown));
    }

    /** The chapters read in all, and on each day from {@code firstDay} on, in the reader's zone. */
    private record ChaptersRead(long total, Map<LocalDate, Long> byDay) {
    }

    /**
     * The chapters read, changes undone since left out: one statement answered from the index on (user_id, at,
     * undone, chapters_read). The database counts them by quarter hour from the start of {@code firstDay} in
     * {@code zone} (a few hundred rows for a year of daily reading), and all that came before in one row; each
     * quarter hour then falls on its day in the zone, summer time included. Without the private entries, each
     * change is joined to its entry (by its primary key) to see whether it is private.
     */
    private ChaptersRead chaptersRead(long userId, boolean publicOnly, ZoneId zone, LocalDate firstDay) {
        String changes = publicOnly
                ? " FROM progress_history h JOIN progress p ON p.id = h.progress_id AND p.private = FALSE AND "
                        + ContentVisibility.isPublic("p.content_id")
                : " FROM progress_history h";
        Map<LocalDate, Long> byDay = new HashMap<>();
        long[] total = {0};
        sql.read("SELECT CASE WHEN h.at >= :since THEN " + sql.dialect().quarterHour("h.at") + " ELSE -1 END AS slot,"
                        + " sum(h.chapters_read) AS chapters" + changes
                        + " WHERE h.user_id = :user AND h.undone = FALSE AND h.chapters_read > 0 GROUP BY 1")
                .param("user", userId)
                .param("since", Timestamp.from(firstDay.atStartOfDay(zone).toInstant()))
                .query(rs -> {
                    long chapters = rs.getLong("chapters");
                    total[0] += chapters;
                    long slot = rs.getLong("slot");
                    if (slot >= 0) {
                        LocalDate day = SqlDialect.dayOfQuarterHour(slot, zone);
                        byDay.merge(day, chapters, Long::sum);
                    }
                });
        return new ChaptersRead(total[0], byDay);
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

    /** A score as entries show it: SQLite keeps 8.0 as the integer 8. */
    private static BigDecimal oneDecimal(BigDecimal score) {
        return score == null ? null : score.setScale(1, RoundingMode.HALF_UP);
    }
}
