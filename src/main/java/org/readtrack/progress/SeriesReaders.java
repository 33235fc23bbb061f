package org.readtrack.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.readtrack.accounts.PublicProfiles;
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

    /** Fewer scores than this make no mean worth showing. */
    static final int MIN_SCORES = 3;

    /**
     * Only the scores anyone may already read on a profile: a mean over the others would give one of them away to a
     * reader who knows the rest (their own, their friends'), or who watches the mean change as one more is given.
     */
    private static final String SHOWN = "p.private = FALSE AND " + PublicProfiles.isPublic("p.user_id");

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
        return sql.read("SELECT count(*) AS readers, count(CASE WHEN " + SHOWN + " THEN p.score END) AS scored,"
                        + " sum(CASE WHEN " + SHOWN + " THEN p.score END) AS total"
                        + " FROM progress p WHERE p.content_id = :content")
                .param("content", contentId).query((rs, row) -> {
                    long scored = rs.getLong("scored");
                    BigDecimal total = rs.getBigDecimal("total");
                    BigDecimal mean = scored < MIN_SCORES || total == null ? null
                            : total.divide(BigDecimal.valueOf(scored), 2, RoundingMode.HALF_UP);
                    return new ContentReaders(rs.getLong("readers"), mean, scored);
                }).single();
    }
}
