package org.readtrack.progress;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.readtrack.catalog.ReleaseDay;
import org.readtrack.progress.CsvImport.Column;
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

    static ParsedFile parse(String text, JsonMapper json) {
        JsonNode root;
        try {
            root = json.readTree(text);
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw ImportFile.invalid("Line " + line + ": not valid JSON.");
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
            rows.add(row(++position, entry));
        }
        return new ParsedFile(ImportFormat.JSON, rows, true, null);
    }

    private static ImportRow row(int position, JsonNode entry) {
        ImportRow.Builder row = new ImportRow.Builder(position);
        if (!entry.isObject()) {
            row.errors.add("Not an object.");
            return row.build();
        }
        for (Map.Entry<String, Column> field : FIELDS.entrySet()) {
            JsonNode value = entry.get(field.getKey());
            if (value != null && !value.isNull() && value.isValueNode()) {
                String text = value.asString().strip();
                if (!text.isEmpty() || field.getValue() == Column.TITLE) {
                    RowValues.set(row, field.getValue(), text, false);
                }
            }
        }
        row.tags = strings(entry.get("tags"));
        List<String> altTitles = strings(entry.get("alt_titles"));
        row.altTitles = altTitles == null ? List.of() : altTitles;
        List<String> days = strings(entry.get("release_days"));
        if (days != null) {
            row.releaseDays = days.stream().map(ReleaseDay::parse).flatMap(java.util.Optional::stream).toList();
        }
        return row.build();
    }

    private static List<String> strings(JsonNode array) {
        if (array == null || !array.isArray()) {
            return null;
        }
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }
}
