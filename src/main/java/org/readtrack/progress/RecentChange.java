package org.readtrack.progress;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/** A change to one of the caller's entries, with the series it was made to: what the reader did lately. */
record RecentChange(long id, Instant at,
        @Schema(type = "string", allowableValues = {"create", "update", "advance", "import", "undo"})
        HistoryAction action,
        @Schema(description = "The fields that changed, by name: [value before, value after].",
                example = "{\"last_chapter\": [\"11\", \"12\"]}")
        Map<String, List<Object>> changes,
        boolean undone,
        @Schema(description = "The entry's id.") long entry,
        FeedItem.FeedContent content) {
}
