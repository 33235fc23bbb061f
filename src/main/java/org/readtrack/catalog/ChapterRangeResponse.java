package org.readtrack.catalog;

import java.util.List;

/** The chapters a range added, in order, and how many of its numbers the content had already (left out). */
record ChapterRangeResponse(int created, int skipped, List<ChapterResponse> chapters) {
}
