package org.readtrack.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.readtrack.database.Sql;
import org.springframework.stereotype.Component;

/**
 * The figures of {@code GET /api/stats/me/}, each counted by the database over the caller's entries and
 * history (indexes on progress (user_id, …) and progress_history (user_id, at)): five statements, whatever the
 * size of the list.
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

    ReaderStats of(long userId) {
        Map<String, Long> byStatus = new LinkedHashMap<>();
        for (ReadingStatus status : ReadingStatus.values()) {
            byStatus.put(status.value(), 0L);
        }
        long[] favorites = {0};
        sql.read("SELECT status, count(*) AS entries, sum(CASE WHEN favorite THEN 1 ELSE 0 END) AS favorites"
                        + " FROM progress WHERE user_id = :user GROUP BY status")
                .param("user", userId).query(rs -> {
                    byStatus.put(rs.getString("status"), rs.getLong("entries"));
                    favorites[0] += rs.getLong("favorites");
                });
        long entries = byStatus.values().stream().mapToLong(Long::longValue).sum();

        Map<String, Long> histogram = new LinkedHashMap<>();
        for (int bucket = 0; bucket <= MAX_SCORE; bucket++) {
            histogram.put(Integer.toString(bucket), 0L);
        }
        BigDecimal[] total = {BigDecimal.ZERO};
        long[] scored = {0};
        sql.read("SELECT score, count(*) AS entries FROM progress WHERE user_id = :user AND score IS NOT NULL"
                        + " GROUP BY score")
                .param("user", userId).query(rs -> {
                    BigDecimal score = rs.getBigDecimal("score");
                    long count = rs.getLong("entries");
                    histogram.merge(Integer.toString(score.intValue()), count, Long::sum);
                    total[0] = total[0].add(score.multiply(BigDecimal.valueOf(count)));
                    scored[0] += count;
                });
        BigDecimal mean = scored[0] == 0 ? null
                : total[0].divide(BigDecimal.valueOf(scored[0]), 2, RoundingMode.HALF_UP);

        long chaptersRead = sql.read("SELECT coalesce(sum(chapters_read), 0) FROM progress_history"
                        + " WHERE user_id = :user AND undone = FALSE")
                .param("user", userId).query(Long.class).single();

        return new ReaderStats(entries, byStatus, favorites[0], mean, histogram, chaptersRead,
                chaptersByDay(userId), byCategory(userId));
    }

    /** Every one of the last {@link #DAYS} days (UTC), oldest first, days without reading included. */
    private List<ReaderStats.DayCount> chaptersByDay(long userId) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalDate first = today.minusDays(DAYS - 1);
        Map<String, Long> counts = new LinkedHashMap<>();
        sql.read("SELECT " + sql.dialect().utcDay("at") + " AS day, sum(chapters_read) AS chapters"
                        + " FROM progress_history WHERE user_id = :user AND at >= :since AND undone = FALSE"
                        + " AND chapters_read > 0 GROUP BY 1")
                .param("user", userId).param("since", Timestamp.from(first.atStartOfDay(ZoneOffset.UTC).toInstant()))
                .query(rs -> {
                    counts.put(rs.getString("day"), rs.getLong("chapters"));
                });
        List<ReaderStats.DayCount> days = new ArrayList<>(DAYS);
        for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
            days.add(new ReaderStats.DayCount(day, counts.getOrDefault(day.toString(), 0L)));
        }
        return days;
    }

    /** The categories of the tracked contents, the most tracked first. */
    private List<ReaderStats.CategoryCount> byCategory(long userId) {
        return sql.read("""
                        SELECT k.id, k.name, count(*) AS entries FROM progress p
                        JOIN contents c ON c.id = p.content_id JOIN categories k ON k.id = c.category_id
                        WHERE p.user_id = :user GROUP BY k.id, k.name ORDER BY entries DESC, k.id""")
                .param("user", userId)
                .query((rs, row) -> new ReaderStats.CategoryCount(
                        new ReaderStats.Category(rs.getLong("id"), rs.getString("name")), rs.getLong("entries")))
                .list();
    }
}
