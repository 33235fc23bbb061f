package org.readtrack.stats;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.readtrack.shared.DayCount;

/** What {@code GET /api/stats/} shows an administrator. */
record SiteStats(Users users, Catalog catalog, Tracking tracking) {

    /**
     * @param active7d  accounts that logged in or changed an entry in the last 7 days
     * @param newByWeek accounts created each week (weeks start on Monday, in the caller's zone), the last 12, oldest first
     */
    record Users(long total, @JsonProperty("active_7d") long active7d, @JsonProperty("active_30d") long active30d,
            List<WeekCount> newByWeek) {
    }

    record WeekCount(LocalDate week, long count) {
    }

    record Catalog(long categories, long contents, long chapters) {
    }

    /**
     * @param updatesByDay changes recorded in entries' history on each of the last 30 days of the caller's zone, oldest first
     * @param mostTracked  the 10 contents most entries track
     */
    record Tracking(long entries, Map<String, Long> byStatus, List<DayCount> updatesByDay,
            List<TrackedContent> mostTracked) {
    }

    record TrackedContent(ContentRef content, long entries) {
    }

    record ContentRef(long id, String title) {
    }
}
