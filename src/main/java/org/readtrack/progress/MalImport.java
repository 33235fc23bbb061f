package org.readtrack.progress;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.readtrack.progress.CsvImport.Column;
import org.readtrack.shared.CallerZone;

/**
 * MyAnimeList's XML export ({@code <myanimelist><manga>…}), read with StAX, with DTDs and external entities
 * off: a document with a DOCTYPE is refused outright, so no entity can ever be expanded (no XXE, no
 * billion laughs). A row is named by the line its {@code <manga>} starts on.
 */
final class MalImport {

    /**
     * A manga list names its titles {@code manga_title}; an anime list, and some tools' manga lists,
     * {@code series_title}.
     */
    private static final Map<String, Column> FIELDS = Map.ofEntries(Map.entry("manga_title", Column.TITLE),
            Map.entry("series_title", Column.TITLE),
            Map.entry("series_type", Column.CATEGORY), Map.entry("my_read_chapters", Column.LAST_CHAPTER),
            Map.entry("my_status", Column.STATUS), Map.entry("my_score", Column.SCORE),
            Map.entry("my_start_date", Column.STARTED), Map.entry("my_finish_date", Column.FINISHED),
            Map.entry("my_comments", Column.NOTES), Map.entry("my_times_read", Column.REREAD_COUNT),
            Map.entry("my_rereading", Column.REREADING), Map.entry("my_tags", Column.TAGS));
    private static final String NO_DATE = "0000-00-00";
    /** The category a missing content is created in, MAL's lists being of manga. */
    static final String CATEGORY = "Manga";

    private MalImport() {
    }

    static ParsedFile parse(String text, CallerZone zone) {
        // the JDK's own parser, whatever else the class path holds: its behaviour with these settings is known
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        XMLStreamReader xml = null;
        try {
            xml = factory.createXMLStreamReader(new StringReader(text));
            List<ImportRow> rows = new ArrayList<>();
            ImportRow.Builder row = null;
            boolean root = false;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    throw ImportFile.invalid("Line " + xml.getLocation().getLineNumber()
                            + ": a DOCTYPE is not allowed (MyAnimeList's export has none).");
                }
                if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw ImportFile.invalid("Line " + xml.getLocation().getLineNumber()
                            + ": entity references are not allowed.");
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = xml.getLocalName();
                if (!root) {
                    if (!name.equals("myanimelist")) {
                        throw ImportFile.invalid("Line " + xml.getLocation().getLineNumber()
                                + ": not a MyAnimeList export (its root element is <myanimelist>).");
                    }
                    root = true;
                } else if (name.equals("manga") || name.equals("anime")) {
                    if (rows.size() == ImportFile.MAX_ROWS) {
                        throw ImportFile.tooManyRows();
                    }
                    row = new ImportRow.Builder(xml.getLocation().getLineNumber(), zone);
                    row.title = "";
                    readEntry(xml, row);
                    rows.add(row.build());
                    row = null;
                }
            }
            if (!root) {
                throw ImportFile.invalid("Not a MyAnimeList export: no <myanimelist> element.");
            }
            return new ParsedFile(ImportFormat.MAL, rows, CATEGORY);
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            throw ImportFile.invalid("Line " + line + ": not well-formed XML (" + firstLine(e.getMessage()) + ").");
        } finally {
            close(xml);
        }
    }

    /** The elements of one {@code <manga>}, up to its end. */
    private static void readEntry(XMLStreamReader xml, ImportRow.Builder row) throws XMLStreamException {
        int depth = 1;
        while (depth > 0 && xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw ImportFile.invalid("Line " + xml.getLocation().getLineNumber()
                        + ": entity references are not allowed.");
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                Column column = FIELDS.get(xml.getLocalName());
                if (column != null && depth == 1) {
                    set(row, column, text(xml).strip());
                } else {
                    depth++;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /**
     * The text of the element just started, up to its end. Not {@link XMLStreamReader#getElementText}: it takes
     * an undeclared entity reference ({@code &xxe;}) for text, where this refuses it.
     */
    private static String text(XMLStreamReader xml) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        while (true) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        text.append(xml.getText());
                case XMLStreamConstants.END_ELEMENT -> {
                    return text.toString();
                }
                case XMLStreamConstants.ENTITY_REFERENCE -> throw ImportFile.invalid("Line "
                        + xml.getLocation().getLineNumber() + ": entity references are not allowed.");
                case XMLStreamConstants.START_ELEMENT -> throw ImportFile.invalid("Line "
                        + xml.getLocation().getLineNumber() + ": <" + xml.getLocalName() + "> where text was expected.");
                default -> {
                    // comments and processing instructions
                }
            }
        }
    }

    private static void set(ImportRow.Builder row, Column column, String value) {
        boolean none = value.isEmpty() || value.equals(NO_DATE)
                || (column == Column.SCORE || column == Column.LAST_CHAPTER) && value.equals("0");
        if (column == Column.TITLE) {
            row.title = value;
        } else if (!none) {
            RowValues.set(row, column, value, true);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        String[] lines = message.strip().split("\n");
        return lines[lines.length - 1].replaceFirst("^Message: ", "");
    }

    private static void close(XMLStreamReader xml) {
        if (xml != null) {
            try {
                xml.close();
            } catch (XMLStreamException e) {
                // nothing held but a string
            }
        }
    }
}
