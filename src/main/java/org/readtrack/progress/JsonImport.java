package org.readtrack.progress;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.readtrack.progress.CsvImport.Column;
import org.readtrack.shared.CallerZone;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What our JSON export writes ({@code {"entries": [...]}}, or the array alone): each entry's fields under
 * their API names. A row is named by its position in the list, from 1.
 */
final class JsonImport {

    private static final Map<String, Column> FIELDS = Map.ofEntries(Map.entry("title", Column.TITLE),
            Map.entry("category", Column.CATEGORY), Map.entry("language", Column.LANGUAGE),
            Map.entry("last_chapter", Column.LAST_CHAPTER), Map.entry("status", Column.STATUS),
            Map.entry("score", Column.SCORE), Map.entry("started_on", Column.STARTED),
            Map.entry("finished_on", Column.FINISHED), Map.entry("rereading", Column.REREADING),
            Map.entry("reread_count", Column.REREAD_COUNT), Map.entry("favorite", Column.FAVORITE),
            Map.entry("private", Column.PRIVATE),
            Map.entry("reading_url", Column.READING_URL), Map.entry("notes", Column.NOTES),
            Map.entry("updated_at", Column.UPDATED));

    private JsonImport() {
    }

    static ParsedFile parse(String text, JsonMapper json, CallerZone zone) {
        JsonNode root;
        try {
            root = json.readTree(text);
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            // a limit of the parser's (nesting too deep) has no line to name
            throw ImportFile.invalid(line > 0 ? "Line " + line + ": not valid JSON." : "Not valid JSON.");
        }
        JsonNode entries = root.isArray() ? root : root.path("entries");
        if (!entries.isArray()) {
            throw ImportFile.invalid("Not a Readtrack export: no \"entries\" list.");
        }
        if (entries.size() > ImportFile.MAX_ROWS) {
            throw ImportFile.tooManyRows();
        }
        List<ImportRow> rows = new ArrayList<>();
        int position = 0;
        for (JsonNode entry : entries) {
            rows.add(row(++position, entry, zone));
        }
        return new ParsedFile(ImportFormat.JSON, rows, null);
    }

    private static ImportRow row(int position, JsonNode entry, CallerZone zone) {
        ImportRow.Builder row = new ImportRow.Builder(position, zone);
        if (!entry.isObject()) {
            row.errors.add("Not an object.");
            return row.build();
        }
        for (Map.Entry<String, Column> field : FIELDS.entrySet()) {
            JsonNode value = entry.get(field.getKey());
            if (value == null || value.isNull()) {
                continue;
            }
            if (!value.isValueNode()) {
                notOneValue(row, field.getKey(), field.getValue(), value);
                continue;
            }
            String text = value.asString().strip();
            if (field.getValue() == Column.LAST_CHAPTER) {
                // the API's own value, as our export writes it: "1,000" names a chapter, it is not 1.000
                RowValues.lastChapter(row, text, text);
            } else if (!text.isEmpty() || field.getValue() == Column.TITLE) {
                RowValues.set(row, field.getValue(), text, false);
            }
        }
        row.tags = strings(row, "tags", entry.get("tags"));
        List<String> altTitles = strings(row, "alt_titles", entry.get("alt_titles"));
        row.altTitles = altTitles == null ? List.of() : altTitles;
        List<String> days = strings(row, "release_days", entry.get("release_days"));
        if (days != null) {
            RowValues.set(row, Column.RELEASE_DAYS, String.join(",", days), false);
        }
        return row.build();
    }

    /**
     * A list or an object where one value belongs: an error for the fields that decide the entry, as an unreadable
     * value of theirs is; any other left out.
     */
    private static void notOneValue(ImportRow.Builder row, String field, Column column, JsonNode value) {
        if (RowValues.DECISIVE.contains(column)) {
            row.errors.add(field + ": a single value was expected, not " + value + ".");
        } else {
            row.leftOut(field, value.toString());
        }
    }

    /** A list of strings (or numbers) as our export writes it; null, with a message, for anything else. */
    private static List<String> strings(ImportRow.Builder row, String field, JsonNode array) {
        if (array == null || array.isNull()) {
            return null;
        }
        if (!array.isArray() || array.valueStream().anyMatch(value -> !value.isValueNode() || value.isNull())) {
            row.leftOut(field, array.toString());
            return null;
        }
        return array.valueStream().map(value -> value.asString().strip()).toList();
    }
}
