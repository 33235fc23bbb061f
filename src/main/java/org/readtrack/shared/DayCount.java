package org.readtrack.shared;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** How many of something fell on one day: a point of a statistics chart. */
public record DayCount(LocalDate date, long count) {

    /** Every day from {@code first} to {@code last}, oldest first, the days without any included (as 0). */
    public static List<DayCount> everyDay(Map<LocalDate, Long> counts, LocalDate first, LocalDate last) {
        List<DayCount> days = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            days.add(new DayCount(day, counts.getOrDefault(day, 0L)));
        }
        return days;
    }
}
