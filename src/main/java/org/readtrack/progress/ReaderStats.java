package org.readtrack.progress;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import org.readtrack.shared.DayCount;

/**
 * A reader's statistics. {@code chapters_read} counts the chapters that advances and forward changes of
 * {@code last_chapter} passed, as the history recorded them; a change later undone no longer counts.
 */
public record ReaderStats(long entries, Map<String, Long> byStatus, long favorites, @Nullable BigDecimal meanScore,
        @Schema(description = "The lowest score given, as given (the histogram counts 8.5 under 8); null when none is.")
        @Nullable BigDecimal lowestScore,
        @Schema(description = "The highest score given, as given; null when none is.")
        @Nullable BigDecimal highestScore,
        Map<String, Long> scoreHistogram,
        @Schema(description = "Chapters read, as the history recorded them: the catalog chapters that advances and"
                + " forward changes of `last_chapter` passed or, where the catalog has none between, the difference of"
                + " the two numbers, at most 1,000 a change. The chapter an entry starts at is where the reader stood,"
                + " not read here: it counts only when it is the first. A change undone no longer counts.")
        long chaptersRead,
        List<DayCount> chaptersReadByDay,
        List<CategoryCount> byCategory) {

    public record CategoryCount(Category category, long count) {
    }

    public record Category(long id, String name) {
    }
}
