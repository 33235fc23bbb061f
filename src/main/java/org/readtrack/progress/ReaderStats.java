package org.readtrack.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A reader's statistics. {@code chapters_read} counts the chapters that advances and forward changes of
 * {@code last_chapter} passed, as the history recorded them; a change later undone no longer counts.
 */
record ReaderStats(long entries, Map<String, Long> byStatus, long favorites, BigDecimal meanScore,
        Map<String, Long> scoreHistogram, long chaptersRead, List<DayCount> chaptersReadByDay,
        List<CategoryCount> byCategory) {

    record DayCount(LocalDate date, long count) {
    }

    record CategoryCount(Category category, long count) {
    }

    record Category(long id, String name) {
    }
}
