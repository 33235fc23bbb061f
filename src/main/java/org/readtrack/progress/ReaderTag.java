package org.readtrack.progress;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** One of the caller's tags, whatever its case, and how many of their entries have it. */
record ReaderTag(
        @Schema(description = "The tag as most of its entries write it.") String name,
        long entries,
        @Schema(description = """
                Every way the entries write it, most used first: more than one when only their case differs \
                ("Manhwa", "manhwa"). A rename to one of them writes it so on all.""")
        List<String> spellings) {
}
