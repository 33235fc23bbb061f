package org.readtrack.stats;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
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
 * Counts for the administrators' dashboard, each one statement served by an index or a small table scan;
 * nothing is loaded into Java beyond one row per day, week, status or content shown.
 */
@Component
class SiteStatistics {

    static final int WEEKS = 12;
    static final int DAYS = 30;
    static final int MOST_TRACKED = 10;
    private static final List<String> STATUSES = List.of("reading", "completed", "on_hold", "dropped", "plan_to_read");

    private final Sql sql;
    private final Clock clock;

    SiteStatistics(Sql sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    /** The statistics as of today in {@code zone}, each day and week one of that zone. */
    SiteStats now(ZoneId zone) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        return new SiteStats(users(today, zone), catalog(), tracking(today, zone));
    }

    private SiteStats.Users users(LocalDate today, ZoneId zone) {
        long total = count("SELECT count(*) FROM users");
        LocalDate firstWeek = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(WEEKS - 1);
        Map<LocalDate, Long> joined = new HashMap<>();
        sql.read("SELECT date_joined FROM users WHERE date_joined >= :since")
                .param("since", startOf(firstWeek, zone))
                .query(rs -> {
                    LocalDate day = LocalDate.ofInstant(rs.getTimestamp("date_joined").toInstant(), zone);
                    joined.merge(day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), 1L, Long::sum);
                });
        List<SiteStats.WeekCount> weeks = new ArrayList<>();
        for (int week = 0; week < WEEKS; week++) {
            LocalDate monday = firstWeek.plusWeeks(week);
            weeks.add(new SiteStats.WeekCount(monday, joined.getOrDefault(monday, 0L)));
        }
        return new SiteStats.Users(total, active(Duration.ofDays(7)), active(Duration.ofDays(30)), weeks);
    }

    /** Accounts that logged in, or changed one of their entries, within {@code period}. */
    private long active(Duration period) {
        return sql.read("""
                        SELECT count(*) FROM users u WHERE u.last_login >= :since
                        OR EXISTS (SELECT 1 FROM progress_history h WHERE h.user_id = u.id AND h.at >= :since)""")
                .param("since", Timestamp.from(clock.instant().minus(period))).query(Long.class).single();
    }

    /**
     * The public catalog: suggestions under review and rejected ones are their proposers' alone. Counted as all
     * rows less the private ones (few, found by an index), which keeps the whole-table counts as cheap as they were.
     */
    private SiteStats.Catalog catalog() {
        return new SiteStats.Catalog(count("SELECT count(*) FROM categories"),
                count("SELECT count(*) FROM contents") - count("SELECT count(*) FROM contents c WHERE "
                        + ContentVisibility.isPrivate("c.id")),
                count("SELECT count(*) FROM chapters") - count("SELECT count(*) FROM chapters ch WHERE "
                        + ContentVisibility.isPrivate("ch.content_id")));
    }

    private SiteStats.Tracking tracking(LocalDate today, ZoneId zone) {
        Map<String, Long> byStatus = new LinkedHashMap<>();
        STATUSES.forEach(status -> byStatus.put(status, 0L));
        sql.read("SELECT status, count(*) AS entries FROM progress GROUP BY status")
                .query(rs -> {
                    byStatus.put(rs.getString("status"), rs.getLong("entries"));
                });
        long entries = byStatus.values().stream().mapToLong(Long::longValue).sum();

        LocalDate firstDay = today.minusDays(DAYS - 1);
        // counted by quarter hour, each of which falls on one day of the zone, summer time included
        Map<LocalDate, Long> updates = new HashMap<>();
        sql.read("SELECT " + sql.dialect().quarterHour("at") + " AS slot, count(*) AS changes FROM progress_history"
                        + " WHERE at >= :since GROUP BY 1")
                .param("since", startOf(firstDay, zone))
                .query(rs -> {
                    updates.merge(SqlDialect.dayOfQuarterHour(rs.getLong("slot"), zone), rs.getLong("changes"),
                            Long::sum);
                });
        List<DayCount> days = DayCount.everyDay(updates, firstDay, today);

        List<SiteStats.TrackedContent> mostTracked = sql.read("""
                        SELECT c.id, c.title, t.entries FROM (
                            SELECT content_id, count(*) AS entries FROM progress WHERE """
                        + " " + ContentVisibility.isPublic("content_id") + " " + """
                            GROUP BY content_id ORDER BY entries DESC, content_id LIMIT :limit) t
                        JOIN contents c ON c.id = t.content_id ORDER BY t.entries DESC, c.id""")
                .param("limit", MOST_TRACKED)
                .query((rs, row) -> new SiteStats.TrackedContent(
                        new SiteStats.ContentRef(rs.getLong("id"), rs.getString("title")), rs.getLong("entries")))
                .list();
        return new SiteStats.Tracking(entries, byStatus, days, mostTracked);
    }

    private long count(String statement) {
        return sql.read(statement).query(Long.class).single();
    }

    private static Timestamp startOf(LocalDate day, ZoneId zone) {
        return Timestamp.from(day.atStartOfDay(zone).toInstant());
    }
}
