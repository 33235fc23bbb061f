package org.readtrack.progress;

import java.util.List;

/** An imported file's rows; {@code defaultCategory} names the category of rows that name none (MAL's). */
record ParsedFile(ImportFormat format, List<ImportRow> rows, String defaultCategory) {
}
