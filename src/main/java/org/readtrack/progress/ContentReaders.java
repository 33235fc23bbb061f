package org.readtrack.progress;

import java.math.BigDecimal;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * What {@code GET /api/contents/{id}/readers/} tells of a content's readers, none of them by name.
 *
 * @param readers how many readers have it in their list, private entries included
 */
public record ContentReaders(long readers,
        @Schema(description = "The mean of the scores that their readers' public profiles show (entries not private,"
                + " on a public profile), to two decimals; null with fewer than " + SeriesReaders.MIN_SCORES
                + " of them. Other scores are left out: the mean tells nothing a profile does not.")
        @Nullable BigDecimal meanScore,
        @Schema(description = "How many scores the mean is taken from, even when too few for a mean.")
        long scored) {
}
