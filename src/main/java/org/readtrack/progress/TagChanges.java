package org.readtrack.progress;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/** What a rename or removal of a tag changed. */
record TagChanges(
        @Schema(description = """
                The ids of the entries changed, each with an `update` in its history that its undo reverts. An entry \
                whose tags came out the same is not changed.""")
        List<Long> changed,
        @Schema(description = "The `updated_at` of every entry changed; null when none was.")
        @Nullable Instant updatedAt,
        @Schema(description = """
                The tag a rename leaves, with how many entries have it now (those that had either tag, when two were \
                merged); null after a removal.""")
        @Nullable ReaderTag tag) {
}
