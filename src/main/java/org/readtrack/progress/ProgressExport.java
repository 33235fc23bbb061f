package org.readtrack.progress;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.readtrack.catalog.ReleaseDay;
import org.readtrack.database.Timestamps;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes every entry of a reader to a stream, a page of entries at a time (memory does not grow with the
 * list): CSV and JSON with every field, the content's title, category, other titles, language and release
 * days, which an import reads back as they were; MyAnimeList's XML in the shape of MAL's own export.
 */
@Component
class ProgressExport {

    private static final int PAGE = 500;
    private static final Pattern PLAIN_NUMBER = Pattern.compile("(\\d{1,19})(?:\\.\\d+)?");
    static final List<String> CSV_COLUMNS = List.of("title", "category", "alt_titles", "language", "release_days",
            "last_chapter", "status", "score", "started_on", "finished_on", "rereading", "reread_count", "favorite",
            "private", "reading_url", "tags", "notes", "created_at", "updated_at");

    private final ProgressStore entries;
    private final JsonMapper json;
    private final Clock clock;

    ProgressExport(ProgressStore entries, JsonMapper json, Clock clock) {
        this.entries = entries;
        this.json = json;
        this.clock = clock;
    }

    void write(long userId, String username, ImportFormat format, CsvSeparator separator, OutputStream out)
            throws IOException {
        switch (format) {
            case CSV -> csv(userId, separator, out);
            case JSON -> json(userId, username, out);
            case MAL -> mal(userId, username, out);
        }
    }

    private void csv(long userId, CsvSeparator separator, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        // a byte-order mark: spreadsheets then read the file as UTF-8 (accents); the import drops it
        writer.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setDelimiter(separator.character).get());
        csv.printRecord(CSV_COLUMNS);
        each(userId, exported -> {
            Map<String, Object> fields = fields(exported);
            try {
                csv.printRecord(CSV_COLUMNS.stream()
                        .map(column -> FormulaGuard.guard(csvValue(column, fields.get(column), separator))).toList());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        csv.flush();
    }

    private void json(long userId, String username, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write("{\"format\":\"readtrack\",\"version\":1,\"user\":" + json.writeValueAsString(username)
                + ",\"exported_at\":" + json.writeValueAsString(Timestamps.now(clock)) + ",\"entries\":[");
        boolean[] first = {true};
        each(userId, exported -> {
            try {
                writer.write((first[0] ? "\n" : ",\n") + json.writeValueAsString(fields(exported)));
                first[0] = false;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        writer.write("\n]}\n");
        writer.flush();
    }

    private void mal(long userId, String username, OutputStream out) throws IOException {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("myanimelist");
            xml.writeStartElement("myinfo");
            element(xml, "user_export_type", "2");
            element(xml, "user_name", username);
            xml.writeEndElement();
            each(userId, exported -> {
                try {
                    malEntry(xml, exported.entry().fields(), exported.title());
                } catch (XMLStreamException e) {
                    throw new UncheckedIOException(new IOException(e));
                }
            });
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private static void malEntry(XMLStreamWriter xml, ProgressRequest fields, String title) throws XMLStreamException {
        xml.writeCharacters("\n");
        xml.writeStartElement("manga");
        element(xml, "manga_mangadb_id", "0");
        cdata(xml, "manga_title", title);
        element(xml, "manga_volumes", "0");
        element(xml, "manga_chapters", "0");
        element(xml, "my_id", "0");
        element(xml, "my_read_volumes", "0");
        element(xml, "my_read_chapters", wholeChapters(fields.lastChapter()));
        element(xml, "my_start_date", fields.startedOn() == null ? "0000-00-00" : fields.startedOn().toString());
        element(xml, "my_finish_date", fields.finishedOn() == null ? "0000-00-00" : fields.finishedOn().toString());
        cdata(xml, "my_scanalation_group", "");
        element(xml, "my_score", fields.score() == null ? "0"
                : fields.score().setScale(0, RoundingMode.HALF_UP).toPlainString());
        element(xml, "my_storage", "");
        element(xml, "my_retail_volumes", "0");
        element(xml, "my_status", malStatus(fields.status()));
        cdata(xml, "my_comments", fields.notes());
        element(xml, "my_times_read", Integer.toString(fields.rereadCount()));
        cdata(xml, "my_tags", RowValues.tagCell(fields.tags()));
        element(xml, "my_priority", "Low");
        element(xml, "my_reread_value", "");
        element(xml, "my_rereading", fields.rereading() ? "YES" : "NO");
        element(xml, "my_discuss", "YES");
        element(xml, "my_sns", "default");
        element(xml, "update_on_import", "1");
        xml.writeEndElement();
    }

    /**
     * The whole chapters of a last chapter, as MyAnimeList counts them: {@code 1100.5} is 1100; anything but a
     * plain number, 0. Only digits are read: {@code 1e999999999} would make {@link BigDecimal} work for minutes
     * and fill the heap, and a last chapter is free text that any reader writes.
     */
    static String wholeChapters(String chapter) {
        Matcher number = PLAIN_NUMBER.matcher(chapter);
        return number.matches() ? new BigInteger(number.group(1)).toString() : "0";
    }

    private static String malStatus(ReadingStatus status) {
        return switch (status) {
            case READING -> "Reading";
            case COMPLETED -> "Completed";
            case ON_HOLD -> "On-Hold";
            case DROPPED -> "Dropped";
            case PLAN_TO_READ -> "Plan to Read";
        };
    }

    private static final Pattern XML_ILLEGAL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    /**
     * As MAL writes free text; text that would end the CDATA section early is written escaped instead. Characters
     * that XML 1.0 cannot hold (control characters other than tabs and line breaks, which a file imported before
     * they were refused may have brought) are left out: one of them would make the whole file unreadable.
     */
    private static void cdata(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        String text = XML_ILLEGAL.matcher(value).replaceAll("");
        xml.writeStartElement(name);
        if (text.contains("]]>")) {
            xml.writeCharacters(text);
        } else {
            xml.writeCData(text);
        }
        xml.writeEndElement();
    }

    /** Every entry of the user, in id order, a page at a time. */
    private void each(long userId, Consumer<ExportedEntry> action) throws IOException {
        long after = 0;
        while (true) {
            List<ExportedEntry> page = entries.exportPage(userId, after, PAGE);
            try {
                page.forEach(action);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            if (page.size() < PAGE) {
                return;
            }
            after = page.get(page.size() - 1).entry().id();
        }
    }

    /** An entry's fields under their API names, as JSON writes them and CSV columns name them. */
    private Map<String, Object> fields(ExportedEntry exported) {
        ProgressRequest fields = exported.entry().fields();
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("title", exported.title());
        values.put("category", exported.category());
        values.put("alt_titles", exported.altTitles());
        values.put("language", exported.language());
        values.put("release_days", exported.releaseDays().stream().map(ReleaseDay::value).toList());
        values.put("last_chapter", fields.lastChapter());
        values.put("status", fields.status().value());
        values.put("score", fields.score());
        values.put("started_on", fields.startedOn());
        values.put("finished_on", fields.finishedOn());
        values.put("rereading", fields.rereading());
        values.put("reread_count", fields.rereadCount());
        values.put("favorite", fields.favorite());
        values.put("private", fields.isPrivate());
        values.put("reading_url", fields.readingUrl());
        values.put("tags", fields.tags());
        values.put("notes", fields.notes());
        values.put("created_at", exported.entry().createdAt());
        values.put("updated_at", exported.entry().updatedAt());
        return values;
    }

    /**
     * Lists as the import splits them: other titles by {@code |} (titles hold commas), tags by commas with
     * quotes around a tag that holds one, the rest by commas.
     */
    private static String csvValue(String column, Object value, CsvSeparator separator) {
        if (value == null) {
            return "";
        }
        if (column.equals("tags")) {
            return RowValues.tagCell(((List<?>) value).stream().map(Object::toString).toList());
        }
        if (value instanceof List<?> list) {
            return String.join(column.equals("alt_titles") ? " | " : ", ", list.stream().map(Object::toString).toList());
        }
        if (value instanceof BigDecimal number) {
            return separator.decimal(number.toPlainString());
        }
        if (column.equals("last_chapter")) {
            return separator.decimal(value.toString());
        }
        return value.toString();
    }
}
