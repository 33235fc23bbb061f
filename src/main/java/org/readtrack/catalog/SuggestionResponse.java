package org.readtrack.catalog;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/** A suggestion, as its proposer and moderators see it. */
record SuggestionResponse(
        long id,
        SuggestionStatus status,
        @Schema(description = "The suggested content; once `merged`, the content it was merged into (the suggested"
                + " one is gone).")
        long content,
        @Schema(description = "The proposer's account id") long suggestedBy,
        String suggestedByUsername,
        @Schema(description = "Why it was rejected; \"\" otherwise") String reason,
        Instant createdAt,
        @Schema(description = "The title as suggested, whatever the content became") String title,
        @Schema(description = "When a moderator approved, rejected or merged it; null while pending")
        @Nullable Instant reviewedAt,
        @Schema(description = "The username of the moderator who approved, rejected or merged it: for moderators only"
                + " (null for its proposer), and null while pending or once that account is deleted")
        @Nullable String reviewedByUsername,
        @Schema(description = "The content, when the caller may see it (a moderator no longer sees a rejected one)")
        @Nullable ContentResponse contentDetail) {
}
