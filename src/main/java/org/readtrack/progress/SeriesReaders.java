package org.readtrack.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

import org.readtrack.catalog.ContentCatalog;
import org.readtrack.catalog.Viewer;
import org.readtrack.database.Sql;
import org.readtrack.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * How many readers follow a content, and how they rate it: for the series page, and for the administrator about to
 * delete a content (every reader's entry of it goes with it). One statement over the index on progress (content_id).
 */
@Component
class SeriesReaders {

    /** Fewer scores than this give no mean: a reader who knows the only other score's author would learn it. */
    static final int MIN_SCORES = 3;

    private final Sql sql;
    private final ContentCatalog catalog;

    SeriesReaders(Sql sql, ContentCatalog catalog) {
        this.sql = sql;
        this.catalog = catalog;
    }

    ContentReaders of(long contentId, Viewer viewer) {
        if (!catalog.visible(contentId, viewer)) {
            throw new NotFoundException();
        }
        Map<String, Long> byStatus = new LinkedHashMap<>();
        for (ReadingStatus status : ReadingStatus.values()) {
            byStatus.put(status.value(), 0L);
        }
        long[] scored = {0};
        BigDecimal[] total = {BigDecimal.ZERO};
        // one row per status and privacy: a dozen at most, however many read it
        sql.read("SELECT status, private, count(*) AS entries, count(score) AS scored, sum(score) AS total"
                        + " FROM progress WHERE content_id = :content GROUP BY status, private")
                .param("content", contentId).query(rs -> {
                    byStatus.merge(rs.getString("status"), rs.getLong("entries"), Long::sum);
                    BigDecimal sum = rs.getBigDecimal("total");
                    if (!rs.getBoolean("private") && sum != null) {
                        scored[0] += rs.getLong("scored");
                        total[0] = total[0].add(sum);
                    }
                });
        long readers = byStatus.values().stream().mapToLong(Long::longValue).sum();
        BigDecimal mean = scored[0] < MIN_SCORES ? null
                : total[0].divide(BigDecimal.valueOf(scored[0]), 2, RoundingMode.HALF_UP);
        return new ContentReaders(readers, byStatus, mean, scored[0]);
    }
}
