package org.readtrack.progress;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.readtrack.catalog.TitleKey;
import org.readtrack.shared.CallerZone;

/**
 * A spreadsheet's rows: {@code ,} or {@code ;} separated (whichever the header line holds more of), quoted
 * fields, columns recognised by their header in English or French whatever the case, accents or surrounding
 * spaces. A row is named by the line it starts on (the header is line 1).
 */
final class CsvImport {

    /** A line break as the CSV parser counts them: CRLF, LF or a CR alone. */
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");
    /** A byte order mark, a zero-width space, direction marks: pasted in, never part of a header as the reader sees it. */
    private static final Pattern INVISIBLE = Pattern.compile("\\p{Cf}+");

    /** The columns, each with the header keys ({@link TitleKey}) that name it. */
    enum Column {
        TITLE("title", "name", "titre", "nom", "series title"),
        CATEGORY("category", "type", "categorie", "series type"),
        ALT_TITLES("alt titles", "other titles", "autres titres"),
        LANGUAGE("language", "langue"),
        RELEASE_DAYS("release days", "release day", "jour de sortie", "jours de sortie"),
        LAST_CHAPTER("last chapter", "chapter", "dernier chapitre lu", "dernier chapitre", "chapitre",
                "last chapter read", "chapters read", "chap lu", "chapitre lu", "chapitres lus", "dernier chap lu"),
        STATUS("status", "statut", "etat"),
        // "/10" names the scale the score column already has; other scales (a note /5) would need reading as such
        SCORE("score", "rating", "note", "tier", "note 10", "note sur 10", "score 10", "rating 10"),
        STARTED("started on", "started", "start date", "debut", "date de debut", "commence le"),
        FINISHED("finished on", "finished", "finish date", "fin", "date de fin", "termine le"),
        REREADING("rereading", "relecture"),
        REREAD_COUNT("reread count", "rereads", "times read", "relectures"),
        FAVORITE("favorite", "favourite", "favori"),
        PRIVATE("private", "prive", "privee"),
        READING_URL("reading url", "link", "url", "lien", "lien vers"),
        TAGS("tags", "tag", "etiquettes"),
        NOTES("notes", "comment", "comments", "commentaire", "commentaires"),
        UPDATED("updated at", "updated", "last update", "last updated", "mise a jour", "derniere mise a jour",
                "derniere maj", "date de mise a jour");

        private final List<String> names;

        Column(String... names) {
            this.names = List.of(names);
        }

        static Column of(String header) {
            String key = TitleKey.of(header);
            for (Column column : values()) {
                if (column.names.contains(key)) {
                    return column;
                }
            }
            return null;
        }
    }

    /**
     * The one column of Readtrack's own export that an import does not read: when an entry was added is the day
     * it is imported. Saying so of every file exported here made readers wonder what was lost.
     */
    private static final String EXPORTED_NOT_READ = "created at";

    private CsvImport() {
    }

    static ParsedFile parse(String text, CallerZone zone) {
        char delimiter = delimiter(text);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
                .setTrim(false).get();
        String[] lines = LINE_BREAK.split(text, -1);
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!hasNext(records, startLine(lines, parser))) {
                throw ImportFile.invalid("The file is empty.");
            }
            CSVRecord header = records.next();
            Map<Column, Integer> columns = columns(header);
            if (!columns.containsKey(Column.TITLE)) {
                throw ImportFile.invalid("No title column: the header line needs one named title, name, titre or"
                        + " nom.");
            }
            List<ImportRow> rows = new ArrayList<>();
            while (true) {
                int line = startLine(lines, parser);
                if (!hasNext(records, line)) {
                    break;
                }
                CSVRecord record = records.next();
                if (isBlank(record)) {
                    continue;
                }
                if (rows.size() == ImportFile.MAX_ROWS) {
                    throw ImportFile.tooManyRows();
                }
                rows.add(row(line, record, columns, zone));
            }
            return new ParsedFile(ImportFormat.CSV, rows, null, ignored(header, columns));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a string reader does not fail
        }
    }

    /**
     * The line the parser's next record starts on, counted from 1: the first line that is not empty after those it
     * has read (it skips empty lines, and its own count stops where a broken record ends, not where it began).
     */
    private static int startLine(String[] lines, CSVParser parser) {
        int index = (int) parser.getCurrentLineNumber();
        while (index < lines.length - 1 && lines[index].isEmpty()) {
            index++;
        }
        return index + 1;
    }

    private static boolean hasNext(Iterator<CSVRecord> records, int line) {
        try {
            return records.hasNext();
        } catch (UncheckedIOException | IllegalStateException e) {
            throw ImportFile.invalid("Line " + line
                    + ": broken quoting (a quoted field that never ends, or text after its closing quote).");
        }
    }

    /** The header line's separator: the one of {@code ;} and {@code ,} it holds more of, outside quotes. */
    private static char delimiter(String text) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    private static Map<Column, Integer> columns(CSVRecord header) {
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        for (int i = 0; i < header.size(); i++) {
            Column column = Column.of(header.get(i));
            if (column != null) {
                columns.putIfAbsent(column, i);
            }
        }
        return columns;
    }

    /**
     * The headers of the columns not read, as written (without invisible characters or surrounding spaces): those
     * no column is named by, and a second one of a column already read. A column without a header is not named.
     */
    private static List<String> ignored(CSVRecord header, Map<Column, Integer> columns) {
        List<String> ignored = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = INVISIBLE.matcher(header.get(i)).replaceAll("").strip();
            if (!name.isEmpty() && !columns.containsValue(i) && !EXPORTED_NOT_READ.equals(TitleKey.of(name))) {
                ignored.add(name);
            }
        }
        return ignored;
    }

    private static boolean isBlank(CSVRecord record) {
        for (String value : record) {
            if (!value.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static ImportRow row(int line, CSVRecord record, Map<Column, Integer> columns, CallerZone zone) {
        ImportRow.Builder row = new ImportRow.Builder(line, zone);
        for (Map.Entry<Column, Integer> column : columns.entrySet()) {
            String value = column.getValue() < record.size()
                    ? FormulaGuard.unguard(record.get(column.getValue()).strip()) : "";
            if (!value.isEmpty() || column.getKey() == Column.TITLE) {
                RowValues.set(row, column.getKey(), value, false);
            }
        }
        return row.build();
    }
}
