package org.readtrack.progress;

import java.util.List;

import org.readtrack.catalog.ReleaseDay;

/** An entry as an export writes it: with its content's title, category, other titles, language and days. */
record ExportedEntry(ProgressEntry entry, String title, String category, List<String> altTitles, String language,
        List<ReleaseDay> releaseDays) {
}
