package org.readtrack.catalog;

import java.util.List;

/**
 * A content that an imported list names and the catalog lacks: its title, the name of its category (created
 * when no category has this name, compared by {@link TitleKey}), language (null for the default) and release
 * days.
 */
public record NewContent(String title, String categoryName, String language, List<String> altTitles,
        List<ReleaseDay> releaseDays) {
}
