package org.readtrack.catalog;

import java.util.List;

/** A content found by one of its titles' keys ({@link TitleKey}), with what narrows or fills a match. */
public record TitleMatch(long contentId, String title, long categoryId, String categoryName,
        List<ReleaseDay> releaseDays) {
}
