package org.readtrack.catalog;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Why a content is not public: the suggestion it was created by, pending review or rejected. Only its proposer
 * (and, while it is pending, moderators) ever see such a content.
 */
@Schema(description = "Set while the content is not in the public catalog: the suggestion that created it, `pending`"
        + " (its proposer and moderators see it) or `rejected` (its proposer alone keeps it, with the reason).")
public record ContentSuggestion(long id, SuggestionStatus status, String reason, long suggestedBy) {
}
