package org.readtrack.catalog;

import io.swagger.v3.oas.annotations.media.Schema;

/** What a range's deletion did. */
record ChapterRangeDeletion(@Schema(description = "How many chapters were deleted.", example = "1700") int deleted) {
}
