package org.readtrack.progress;

import java.util.List;

/**
 * An imported file's rows. {@code datesGiven}: the file has start and finish date columns (our export, MAL),
 * whose empty values mean "no date"; without them an entry gets the dates a tracker sets by itself.
 */
record ParsedFile(ImportFormat format, List<ImportRow> rows, boolean datesGiven, String defaultCategory) {
}
