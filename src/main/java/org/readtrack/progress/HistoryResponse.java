package org.readtrack.progress;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/** A change to an entry; {@code undone} once an undo has reverted it. */
record HistoryResponse(long id, Instant at,
        @Schema(type = "string", allowableValues = {"create", "update", "advance", "import", "undo"})
        HistoryAction action,
        @Schema(description = "The fields that changed, by name: [value before, value after].",
                example = "{\"last_chapter\": [\"11\", \"12\"]}")
        Map<String, List<Object>> changes,
        boolean undone) {
}
