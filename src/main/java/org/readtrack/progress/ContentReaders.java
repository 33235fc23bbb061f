package org.readtrack.progress;

import java.math.BigDecimal;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * What {@code GET /api/contents/{id}/readers/} tells of a content's readers, none of them by name.
 *
 * @param readers how many readers have it in their list, private entries included
 * @param byStatus those readers by status, every status named
 */
public record ContentReaders(long readers, Map<String, Long> byStatus,
        @Schema(description = "The mean of the scores of entries that are not private, to two decimals; null with"
                + " fewer than " + SeriesReaders.MIN_SCORES + " such scores, so that no reader's score can be told"
                + " from it.")
        @Nullable BigDecimal meanScore,
        @Schema(description = "How many scores of entries that are not private the mean is taken from, even when"
                + " too few for a mean.")
        long scored) {
}
