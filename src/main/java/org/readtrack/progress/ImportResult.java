package org.readtrack.progress;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonValue;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * One row of an import report.
 *
 * @param row       the line the row starts on (CSV, MAL; the header is line 1) or its position in the list (JSON)
 * @param entry     the caller's entry for the row's content; null when none is (or, in a dry run, would be) new
 * @param content   the catalog content the row matched (or created); null when unmatched, or created by a dry run
 * @param contentTitle that content's title, which a loose match may write differently from the row's
 * @param messages  why the row is unmatched or an error, the values left out, and a row older than its entry
 * @param changes   what a {@code created} row sets and an {@code updated} row changes in the entry, as its history
 *                  will say, with the last change's date when the row gives one; null otherwise
 * @param suggested whether the row's content is (or would be) a new suggestion of the caller's, pending review:
 *                  what {@code create_missing} creates for a reader who may not edit the catalog
 */
record ImportResult(int row, String title, Outcome outcome, @Nullable Long entry, @Nullable Long content,
        @Schema(description = "The title of the content the row matched (or creates): the catalog's, which a loose"
                + " match may write differently from the row's (\"ONE PIECE!\", an alternative title); null when the"
                + " row matched none.")
        @Nullable String contentTitle,
        List<String> messages,
        @Schema(description = "What a `created` row sets and an `updated` row changes, by field, as the entry's"
                + " history will say it: [value before, value after], before a new entry's default for a created"
                + " row; null for the other outcomes. `updated_at` too when the row dates the entry's last change"
                + " (which the history does not record).", example = "{\"last_chapter\": [\"95\", \"120\"]}")
        @Nullable Map<String, List<Object>> changes,
        boolean suggested) {

    ImportResult(int row, String title, Outcome outcome, Long entry, Long content, List<String> messages) {
        this(row, title, outcome, entry, content, null, messages, null, false);
    }

    /**
     * A {@code created} row and what the new entry holds; its content is the row's {@code content} (which a rolled
     * back import leaves out), not one of the changes.
     */
    static ImportResult created(ImportRow row, long content, List<String> messages, Map<String, List<Object>> changes) {
        Map<String, List<Object>> fields = new LinkedHashMap<>(changes);
        fields.remove("content");
        return new ImportResult(row.row(), row.title(), Outcome.CREATED, null, content, null, messages, fields, false);
    }

    /** An {@code updated} row and what it changes. */
    static ImportResult updated(ImportRow row, Long entry, long content, List<String> messages,
            Map<String, List<Object>> changes) {
        return new ImportResult(row.row(), row.title(), Outcome.UPDATED, entry, content, null, messages, changes,
                false);
    }

    /** The same row, its entry known (once a new entry is written). */
    ImportResult withEntry(Long id) {
        return new ImportResult(row, title, outcome, id, content, contentTitle, messages, changes, suggested);
    }

    /** The same row without its content: one created by an import that was rolled back. */
    ImportResult withoutContent() {
        return new ImportResult(row, title, outcome, entry, null, contentTitle, messages, changes, suggested);
    }

    /** The same row, its content a new suggestion. */
    ImportResult asSuggestion() {
        return new ImportResult(row, title, outcome, entry, content, contentTitle, messages, changes, true);
    }

    /** The same row, with the title of the content it matched. */
    ImportResult withContentTitle(String matched) {
        return new ImportResult(row, title, outcome, entry, content, matched, messages, changes, suggested);
    }

    @Schema(name = "ImportOutcome", enumAsRef = true)
    enum Outcome {
        CREATED("created"), UPDATED("updated"), UNCHANGED("unchanged"), UNMATCHED("unmatched"), ERROR("error");

        private final String value;

        Outcome(String value) {
            this.value = value;
        }

        @JsonValue
        String value() {
            return value;
        }
    }
}
