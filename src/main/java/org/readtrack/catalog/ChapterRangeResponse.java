package org.readtrack.catalog;

import java.util.List;

/** The chapters a range added, in order. */
record ChapterRangeResponse(int created, List<ChapterResponse> chapters) {
}
