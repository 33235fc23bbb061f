package org.readtrack.progress;

import java.util.List;

/**
 * An imported file's rows; {@code defaultCategory} names the category of rows that name none (MAL's);
 * {@code ignoredColumns} the headers of a spreadsheet's columns that were not read, as written.
 */
record ParsedFile(ImportFormat format, List<ImportRow> rows, String defaultCategory, List<String> ignoredColumns) {

    ParsedFile(ImportFormat format, List<ImportRow> rows, String defaultCategory) {
        this(format, rows, defaultCategory, List.of());
    }

    /** The reader's choice of a category for the rows that name none, over the format's. */
    ParsedFile withDefaultCategory(String category) {
        return new ParsedFile(format, rows, category, ignoredColumns);
    }
}
