package org.readtrack.progress;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.QuoteMode;
import org.readtrack.progress.CsvImport.Column;

/**
 * Puts one value of a file into a row, read as its column says. Only an unreadable chapter, status or score
 * makes the row an error (as the import's contract has it); anything else unreadable is left out with a message.
 */
final class RowValues {

    /** A cell of tags: a CSV line of its own (see {@link #tags}). */
    private static final CSVFormat TAG_CELL = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true)
            .setRecordSeparator("").get();
    /** A tag that holds a semicolon is written quoted: a cell of tags without commas or quotes splits at them. */
    private static final CSVFormat QUOTED_TAG = TAG_CELL.builder().setQuoteMode(QuoteMode.ALL).get();

    private static final int MAX_CHAPTER = 50;
    /** The columns whose unreadable value makes the row an error: without them the entry is not the file's. */
    static final Set<Column> DECISIVE = EnumSet.of(Column.TITLE, Column.LAST_CHAPTER, Column.STATUS, Column.SCORE);

    private RowValues() {
    }

    static void set(ImportRow.Builder row, Column column, String value, boolean malNumbers) {
        switch (column) {
            case TITLE -> row.title = value;
            case CATEGORY -> row.category = value;
            case ALT_TITLES -> row.altTitles = split(value, "\n|\\|");
            case LANGUAGE -> row.language = value;
            case RELEASE_DAYS -> {
                ImportValues.Days days = ImportValues.days(value);
                row.releaseDays = days.days();
                // one message a word: the web app quotes each the way its language does
                days.unread().forEach(word ->
                        row.messages.add("release_days: \"" + word + "\" is not a weekday; left out."));
            }
            case LAST_CHAPTER -> lastChapter(row, ImportValues.chapter(value), value);
            case STATUS -> ImportValues.status(value, malNumbers).ifPresentOrElse(status -> {
                row.status = status;
                if (ImportValues.rereadingStatus(value)) {
                    row.rereading = true;
                }
            }, () -> row.errors.add("status: \"" + value + "\" is not a status: reading, completed, on hold, dropped or"
                    + " plan to read (or in French: en cours, terminé, en pause, abandonné, à lire)."));
            case SCORE -> ImportValues.score(value).ifPresentOrElse(score -> row.score = score,
                    () -> row.errors.add("score: \"" + value + "\" is not a score from 0 to 10 (8.5, 7/10, 85%,"
                            + " ★★★★☆ or a tier: SS, S, A+, A, B, C, D, E, F)."));
            case STARTED -> ImportValues.date(value, row.zone).ifPresentOrElse(date -> row.startedOn = date,
                    () -> row.leftOut("started_on", value));
            case FINISHED -> ImportValues.date(value, row.zone).ifPresentOrElse(date -> row.finishedOn = date,
                    () -> row.leftOut("finished_on", value));
            case REREADING -> ImportValues.bool(value).ifPresentOrElse(flag -> row.rereading = flag,
                    () -> row.leftOut("rereading", value));
            case REREAD_COUNT -> ImportValues.count(value).ifPresentOrElse(count -> row.rereadCount = count,
                    () -> row.leftOut("reread_count", value));
            case FAVORITE -> ImportValues.bool(value).ifPresentOrElse(flag -> row.favorite = flag,
                    () -> row.leftOut("favorite", value));
            case PRIVATE -> ImportValues.bool(value).ifPresentOrElse(flag -> row.isPrivate = flag,
                    () -> row.leftOut("private", value));
            case READING_URL -> row.readingUrl = value;
            case TAGS -> row.tags = tags(value);
            case NOTES -> row.notes = value;
            case UPDATED -> ImportValues.instant(value, row.zone).ifPresentOrElse(at -> row.updatedAt = at,
                    () -> row.leftOut("updated_at", value));
        }
    }

    /** The last chapter read, {@code chapter} as read from {@code value}; an error when it is too long. */
    static void lastChapter(ImportRow.Builder row, String chapter, String value) {
        if (chapter.codePointCount(0, chapter.length()) > MAX_CHAPTER) {
            row.errors.add("last_chapter: \"" + value + "\" is longer than " + MAX_CHAPTER + " characters.");
        } else {
            row.lastChapter = chapter;
        }
    }

    /**
     * Comma-separated, each trimmed, blanks and repeats (ignoring case) dropped. A tag that holds a comma is in
     * double quotes, as in a CSV line (how {@link #tagCell} writes it); a cell that is not a valid line that
     * way (a stray quote) is split at every comma. A cell without commas or quotes is split at semicolons, as
     * many spreadsheets separate them ("shonen;adventure").
     */
    static List<String> tags(String value) {
        List<String> tags = new ArrayList<>();
        for (String tag : tagsOfCell(value)) {
            if (!tag.isEmpty() && tags.stream().noneMatch(tag::equalsIgnoreCase)) {
                tags.add(tag);
            }
        }
        return tags;
    }

    private static List<String> tagsOfCell(String value) {
        try (CSVParser line = CSVParser.parse(value, TAG_CELL)) {
            List<CSVRecord> records = line.getRecords();
            if (records.size() == 1) {
                boolean semicolons = value.indexOf(';') >= 0 && value.indexOf(',') < 0 && value.indexOf('"') < 0;
                return semicolons ? split(value, ";") : records.get(0).stream().map(String::strip).toList();
            }
        } catch (IOException | UncheckedIOException e) {
            // not a CSV line: plain commas
        }
        return split(value, ",");
    }

    /**
     * The tags as one CSV cell that {@link #tags} reads back exactly, comma and space between them: each tag quoted
     * where it holds a comma (or a quote), as the CSV library decides for a value of its own.
     */
    static String tagCell(List<String> tags) {
        return String.join(", ", tags.stream()
                .map(tag -> (tag.indexOf(';') >= 0 ? QUOTED_TAG : TAG_CELL).format(tag)).toList());
    }

    private static List<String> split(String value, String separator) {
        return Arrays.stream(value.split(separator)).map(String::strip).filter(part -> !part.isEmpty()).toList();
    }
}
