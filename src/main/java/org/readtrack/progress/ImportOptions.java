package org.readtrack.progress;

import org.jspecify.annotations.Nullable;

/**
 * What the caller asked of an import, beside the file.
 *
 * @param declared        the format the caller names; null to tell it by the content
 * @param dryRun          report what would happen, write nothing
 * @param createMissing   create missing contents: with {@code editsCatalog}, in the catalog (and their categories),
 *                        also filling matched contents' empty fields; without, as the caller's suggestions, in
 *                        existing categories only
 * @param editsCatalog    whether the caller may edit the catalog
 * @param keepProgress    a row never moves an entry back to an earlier chapter: an old spreadsheet imported over a
 *                        list read since brings its scores, notes and statuses, not its chapters
 * @param defaultCategory the category of the contents created for rows that name none, in place of the format's;
 *                        null or blank for the format's
 */
record ImportOptions(@Nullable ImportFormat declared, boolean dryRun, boolean createMissing, boolean editsCatalog,
        boolean keepProgress, @Nullable String defaultCategory) {

    /** The category named for rows without one, trimmed; null when none is. */
    @Nullable String namedCategory() {
        return defaultCategory == null || defaultCategory.isBlank() ? null : defaultCategory.strip();
    }
}
