package org.readtrack.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.readtrack.support.CatalogFixtures;
import org.springframework.http.HttpHeaders;

/**
 * Issue 20 (DESIGN.md B2): MyAnimeList's XML, plain and gzipped; our JSON and CSV exports and their round trip
 * into another account; the format told by the content; the multipart upload.
 */
class ImportFormatsTest extends ImportTestSupport {

    private static final String MAL = """
            <?xml version="1.0" encoding="UTF-8" ?>
            <myanimelist>
              <myinfo><user_name>someone</user_name><user_export_type>2</user_export_type></myinfo>
              <manga>
                <manga_mangadb_id>13</manga_mangadb_id>
                <manga_title><![CDATA[One Piece]]></manga_title>
                <my_read_chapters>1100</my_read_chapters>
                <my_start_date>2015-03-01</my_start_date>
                <my_finish_date>0000-00-00</my_finish_date>
                <my_score>9</my_score>
                <my_status>Reading</my_status>
                <my_comments><![CDATA[Still going]]></my_comments>
                <my_times_read>1</my_times_read>
                <my_tags><![CDATA[pirates, shonen]]></my_tags>
                <my_rereading>YES</my_rereading>
              </manga>
              <manga>
                <!-- as anime lists, and some tools' manga lists, name it -->
                <series_title><![CDATA[Naruto]]></series_title>
                <my_read_chapters>700</my_read_chapters>
                <my_start_date>0000-00-00</my_start_date>
                <my_finish_date>2014-11-10</my_finish_date>
                <my_score>0</my_score>
                <my_status>2</my_status>
                <my_comments><![CDATA[]]></my_comments>
                <my_times_read>0</my_times_read>
                <my_tags></my_tags>
                <my_rereading>NO</my_rereading>
              </manga>
            </myanimelist>
            """;

    private Session reader;
    private CatalogFixtures catalog;
    private long onePiece;
    private long naruto;

    @BeforeEach
    void catalogAndReader() {
        reader = user("reader");
        catalog = fixtures(admin("curator"));
        long manga = catalog.category("Manga");
        onePiece = catalog.content(manga, "One Piece", Map.of("alt_titles", List.of("Wan Pīsu"), "language", "ja",
                "release_days", List.of("sun")));
        naruto = catalog.content(manga, "Naruto");
    }

    @Test
    void aMyAnimeListExportIsImported() {
        Reply reply = importFile(reader, "", "application/xml", MAL.getBytes(StandardCharsets.UTF_8)).expect(200);

        assertThat(reply.json()).containsEntry("format", "mal").containsEntry("created", 2);
        assertThat(reply.results("row")).containsExactly(4, 17);
        assertThat(entryOf(reader, onePiece)).containsEntry("last_chapter", "1100").containsEntry("score", 9.0)
                .containsEntry("status", "reading").containsEntry("started_on", "2015-03-01")
                .containsEntry("finished_on", null).containsEntry("notes", "Still going")
                .containsEntry("reread_count", 1).containsEntry("rereading", true)
                .containsEntry("tags", List.of("pirates", "shonen"));
        assertThat(entryOf(reader, naruto)).containsEntry("status", "completed").containsEntry("score", null)
                .containsEntry("started_on", null).containsEntry("finished_on", "2014-11-10")
                .containsEntry("rereading", false);
    }

    @Test
    void aGzippedMyAnimeListExportIsToldByItsContent() throws IOException {
        Reply reply = importFile(reader, "format=auto", "application/octet-stream", gzip(MAL)).expect(200);

        assertThat(reply.json()).containsEntry("format", "mal").containsEntry("created", 2);
        Reply again = importFile(reader, "format=mal", "application/gzip", gzip(MAL)).expect(200);
        assertThat(again.json()).containsEntry("unchanged", 2);
    }

    @Test
    void theFileMayComeAsTheFilePartOfAForm() {
        String boundary = "----readtrack-test";
        String body = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"note\"\r\n\r\nignored\r\n"
                + "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"list.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n"
                + "title,chapter\r\nNaruto,12\r\n"
                + "\r\n--" + boundary + "--\r\n";

        Reply reply = importFile(reader, "", "multipart/form-data; boundary=" + boundary,
                body.getBytes(StandardCharsets.UTF_8)).expect(200);

        assertThat(reply.json()).containsEntry("format", "csv").containsEntry("created", 1);
        assertThat(entryOf(reader, naruto)).containsEntry("last_chapter", "12");
    }

    @Test
    void csvAndJsonExportsImportIntoAnotherAccountIdentically() {
        put(reader, "/api/contents/{id}/progress/", body("last_chapter", "475.5", "status", "on_hold",
                "score", 8.5, "started_on", "2020-01-01", "finished_on", "2021-02-03", "rereading", true,
                "reread_count", 1234567, "favorite", true, "reading_url", "https://example.org/read?a=1,2",
                // a tag may hold a comma, quotes or a semicolon: the CSV cell of tags quotes it
                "tags", List.of("pirates", "long run", "found family, at sea", "the \"straw hats\"", "a,b", "#1",
                        "c;d"),
                "notes", "Line one\nline \"two\", with; separators",
                "private", true), onePiece).expect(201);
        // a chapter named with a thousands separator is not a decimal comma
        put(reader, "/api/contents/{id}/progress/", Map.of("status", "plan_to_read", "last_chapter", "1,000"), naruto)
                .expect(201);
        List<Map<String, Object>> original = entries(reader);
        assertThat(original).extracting(entry -> entry.get("private")).containsExactlyInAnyOrder(true, false);

        for (String query : List.of("csv", "csv&delimiter=semicolon", "json")) {
            String format = query.split("&")[0];
            Reply export = get(reader, "/api/progress/export/?format=" + query).expect(200);
            assertThat(export.headers().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                    .matches("attachment; filename=\"readtrack-reader-\\d{4}-\\d{2}-\\d{2}\\." + format + "\"");
            Session other = user("other" + query.length());
            Reply imported = importFile(other, "", format.equals("csv") ? "text/csv" : "application/json",
                    export.raw().getBytes(StandardCharsets.UTF_8)).expect(200);
            assertThat(imported.json()).as(query).containsEntry("format", format).containsEntry("created", 2)
                    // every column of its own export is one the import knows
                    .containsEntry("ignored_columns", List.of());

            assertThat(comparable(entries(other))).as(query).isEqualTo(comparable(original));
            Reply again = importFile(other, "", "text/plain", export.raw().getBytes(StandardCharsets.UTF_8))
                    .expect(200);
            assertThat(again.json()).as(query).containsEntry("unchanged", 2);
        }
    }

    /** A lone tag with a semicolon is quoted in the export: a cell without commas or quotes splits at semicolons. */
    @Test
    void aLoneTagHoldingASemicolonComesBackWhole() {
        put(reader, "/api/contents/{id}/progress/", Map.of("last_chapter", "12", "tags", List.of("c;d")), onePiece)
                .expect(201);

        Reply export = get(reader, "/api/progress/export/?format=csv").expect(200);
        Session other = user("other");
        importFile(other, "", "text/csv", export.raw().getBytes(StandardCharsets.UTF_8)).expect(200);

        assertThat(entryOf(other, onePiece)).containsEntry("tags", List.of("c;d"));
    }

    /** Any count the API takes comes back: the import once read nine digits at most, and left larger ones out. */
    @Test
    void theLargestRereadCountTheApiTakesComesBackFromCsvAndJson() {
        long id = put(reader, "/api/contents/{id}/progress/", Map.of("last_chapter", "12"), onePiece).expect(201).id();
        patch(reader, "/api/progress/{id}/", Map.of("reread_count", Integer.MAX_VALUE), id).expect(200);

        for (String format : List.of("csv", "json")) {
            Reply export = get(reader, "/api/progress/export/?format=" + format).expect(200);
            Session other = user("other" + format);
            Reply imported = importFile(other, "", format.equals("csv") ? "text/csv" : "application/json",
                    export.raw().getBytes(StandardCharsets.UTF_8)).expect(200);

            assertThat(imported.json()).as(format).containsEntry("created", 1);
            assertThat(messages(imported.results().get(0))).as(format).isEmpty();
            assertThat(entryOf(other, onePiece)).as(format).containsEntry("reread_count", Integer.MAX_VALUE);
        }
    }

    @Test
    void aRereadCountTheApiWouldRefuseIsLeftOutWithItsRow() {
        for (String count : List.of("2147483648", "99999999999999999999", "-1", "3 times", "1e3")) {
            List<Map<String, Object>> rows = importCsv(reader, "dry_run=true", "title,reread_count\nOne Piece," + count)
                    .expect(200).results();
            assertThat(rows).extracting(ImportTestSupport::messages).as(count)
                    .containsExactly(List.of("reread_count: \"" + count + "\" could not be read; left out."));
        }
        importCsv(reader, "", "title,reread_count\nOne Piece,002147483647").expect(200);
        assertThat(entryOf(reader, onePiece)).containsEntry("reread_count", Integer.MAX_VALUE);
    }

    @Test
    void theJsonExportHasEveryFieldAndTheContentsTitles() {
        put(reader, "/api/contents/{id}/progress/", Map.of("last_chapter", "12"), onePiece).expect(201);

        Reply export = get(reader, "/api/progress/export/?format=json").expect(200);

        assertThat(export.headers().getContentType().toString()).startsWith("application/json");
        @SuppressWarnings("unchecked")
        Map<String, Object> entry = ((List<Map<String, Object>>) export.json().get("entries")).get(0);
        assertThat(entry).containsEntry("title", "One Piece").containsEntry("category", "Manga")
                .containsEntry("alt_titles", List.of("Wan Pīsu")).containsEntry("language", "ja")
                .containsEntry("release_days", List.of("sun")).containsEntry("last_chapter", "12")
                .containsKeys("status", "score", "started_on", "finished_on", "rereading", "reread_count", "favorite",
                        "private", "reading_url", "tags", "notes", "created_at", "updated_at");
    }

    @Test
    void theMalExportFollowsMyAnimeListsFormatAndImportsBack() {
        put(reader, "/api/contents/{id}/progress/", Map.of("last_chapter", "1100.5", "score", 8.5,
                "status", "completed", "started_on", "2020-01-01", "finished_on", "2021-01-01"), onePiece).expect(201);

        Reply export = get(reader, "/api/progress/export/?format=mal").expect(200);

        assertThat(export.headers().getContentType().toString()).startsWith("application/xml");
        assertThat(export.headers().getFirst(HttpHeaders.CONTENT_DISPOSITION)).endsWith(".xml\"");
        assertThat(export.raw()).contains("<myanimelist>", "<manga>", "<manga_title><![CDATA[One Piece]]></manga_title>",
                "<manga_chapters>0</manga_chapters>",
                "<my_read_chapters>1100</my_read_chapters>", "<my_score>9</my_score>",
                "<my_status>Completed</my_status>", "<my_start_date>2020-01-01</my_start_date>");
        Session other = user("other");
        Reply imported = importFile(other, "", "application/xml", export.raw().getBytes(StandardCharsets.UTF_8))
                .expect(200);
        assertThat(imported.json()).containsEntry("created", 1);
        assertThat(entryOf(other, onePiece)).containsEntry("last_chapter", "1100").containsEntry("status", "completed");
        // read back by its own reader, what MyAnimeList rounds is not a change
        Reply back = importFile(reader, "", "application/xml", export.raw().getBytes(StandardCharsets.UTF_8))
                .expect(200);
        assertThat(back.json()).containsEntry("unchanged", 1);
        assertThat(entryOf(reader, onePiece)).containsEntry("score", 8.5).containsEntry("last_chapter", "1100.5");
        // a score MyAnimeList gives otherwise is one
        String changed = export.raw().replace("<my_score>9</my_score>", "<my_score>7</my_score>");
        importFile(reader, "", "application/xml", changed.getBytes(StandardCharsets.UTF_8)).expect(200);
        assertThat(entryOf(reader, onePiece)).containsEntry("score", 7.0).containsEntry("last_chapter", "1100.5");
    }

    @Test
    void aLastChapterThatIsNoPlainNumberCountsNoChapterForMyAnimeList() {
        // an exponent once made the export (and the import of the same series) compute a number of a billion digits
        put(reader, "/api/contents/{id}/progress/", Map.of("last_chapter", "1e999999999"), onePiece).expect(201);
        put(reader, "/api/contents/{id}/progress/", Map.of("last_chapter", "0012.5"), naruto).expect(201);

        Reply export = get(reader, "/api/progress/export/?format=mal").expect(200);

        assertThat(export.raw()).contains("<my_read_chapters>0</my_read_chapters>",
                "<my_read_chapters>12</my_read_chapters>");
        Reply back = importFile(reader, "", "application/xml", export.raw().getBytes(StandardCharsets.UTF_8))
                .expect(200);
        assertThat(back.json()).containsEntry("errors", 0);
        assertThat(entryOf(reader, naruto)).containsEntry("last_chapter", "0012.5");
    }

    @Test
    void noCsvCellStartsAFormulaAndTheTextsComeBackAsTheyWere() throws IOException {
        String hyperlink = "=HYPERLINK(\"https://evil.example\",\"Read here\")";
        long trap = catalog.content(catalog.category("Webtoon"), hyperlink);
        put(reader, "/api/contents/{id}/progress/", body("notes", "+1 from a friend", "tags",
                List.of("@home", "fine"), "last_chapter", "3"), trap).expect(201);
        put(reader, "/api/contents/{id}/progress/", body("notes", "'=kept apostrophe",
                "tags", List.of("-dash", "'quoted")), naruto).expect(201);
        List<Map<String, Object>> original = entries(reader);

        String export = get(reader, "/api/progress/export/?format=csv").expect(200).raw();

        try (CSVParser cells = CSVParser.parse(export.substring(1), CSVFormat.DEFAULT)) {
            for (CSVRecord row : cells) {
                assertThat(row.values()).as("line %d", row.getRecordNumber())
                        .noneMatch(cell -> cell.matches("(?s)[=+\\-@\t\r].*"));
            }
        }
        assertThat(export).contains("\"'" + hyperlink.replace("\"", "\"\"") + "\"", "'+1 from a friend",
                "''=kept apostrophe");
        Session other = user("other");
        importFile(other, "", "text/csv", export.getBytes(StandardCharsets.UTF_8)).expect(200);
        assertThat(comparable(entries(other))).isEqualTo(comparable(original));
        assertThat(entryOf(other, naruto)).containsEntry("notes", "'=kept apostrophe")
                .containsEntry("tags", List.of("-dash", "'quoted"));
    }

    @Test
    void aFileBringsNoControlCharacterAJsonBodyMayNotSend() {
        Reply imported = importCsv(reader, "", "title,notes,tags\nOne Piece,bell\u0007 and \u001fend,ok\u007f\n")
                .expect(200);

        assertThat(messages(imported.results().get(0))).containsExactlyInAnyOrder("notes: control characters left out.",
                "tags: control characters left out.");
        assertThat(entryOf(reader, onePiece)).containsEntry("notes", "bell and end").containsEntry("tags", List.of("ok"));
        long entry = ((Number) entryOf(reader, onePiece).get("id")).longValue();
        assertThat(get(reader, "/api/progress/{id}/history/", entry).expect(200).results()).hasSize(1);

        // our own JSON too, whose escapes may spell any character, NUL included (which PostgreSQL cannot store)
        String json = "{\"format\": \"readtrack\", \"entries\": [{\"title\": \"Naruto\", \"last_chapter\": \"1\\u00002\","
                + " \"tags\": [\"a\\u0007b\"], \"alt_titles\": [\"N\\u0007a\"]}]}";
        Reply fromJson = importFile(reader, "", "application/json", json.getBytes(StandardCharsets.UTF_8)).expect(200);
        assertThat(messages(fromJson.results().get(0))).containsExactlyInAnyOrder(
                "last_chapter: control characters left out.", "tags: control characters left out.",
                "alt_titles: control characters left out.");
        assertThat(entryOf(reader, naruto)).containsEntry("last_chapter", "12").containsEntry("tags", List.of("ab"));
    }

    /** Which both databases stored as "?": the dry run showed one text, the entry kept another. */
    @Test
    void aJsonFileBringsNoHalfOfACharacterAndKeepsWholeOnes() {
        String json = "{\"format\": \"readtrack\", \"entries\": [{\"title\": \"Naruto\", \"notes\": \"x\\ud800y \\ud83d\\ude00\","
                + " \"tags\": [\"\\udc00ok\"]}]}";

        Reply imported = importFile(reader, "", "application/json", json.getBytes(StandardCharsets.UTF_8)).expect(200);

        assertThat(messages(imported.results().get(0))).containsExactlyInAnyOrder(
                "notes: broken characters left out.", "tags: broken characters left out.");
        assertThat(entryOf(reader, naruto)).containsEntry("notes", "xy \uD83D\uDE00").containsEntry("tags", List.of("ok"));
    }

    @Test
    void anEntryStoredWithAControlCharacterStillShowsItsHistoryIsUndoneAndExportsAsXml() {
        // as an import before they were left out could store it
        put(reader, "/api/contents/{id}/progress/", Map.of("notes", "bell"), onePiece).expect(201);
        long entry = ((Number) entryOf(reader, onePiece).get("id")).longValue();
        jdbc.update("UPDATE progress SET notes = ?, tags = ? WHERE id = ?", "bell\u0007 and \u001fend",
                "[\"a\\u0007b\"]", entry);
        assertThat(get(reader, "/api/progress/").expect(200).results()).extracting(listed -> listed.get("tags"))
                .containsExactly(List.of("a\u0007b"));
        put(reader, "/api/contents/{id}/progress/", Map.of("last_chapter", "3"), onePiece).expect(200);
        jdbc.update("UPDATE progress_history SET changes = ? WHERE progress_id = ? AND action = 'create'",
                "{\"notes\": [\"\", \"bell\\u0007 and \\u001fend\"]}", entry);

        assertThat(get(reader, "/api/progress/{id}/history/", entry).expect(200).results())
                .extracting(change -> change.get("changes")).contains(Map.of("notes", List.of("", "bell\u0007 and \u001fend")));
        // an undo leaves them out rather than failing on them
        assertThat(post(reader, "/api/progress/{id}/undo/", Map.of(), entry).expect(200).string("notes"))
                .isEqualTo("bell and end");
        String export = get(reader, "/api/progress/export/?format=mal").expect(200).raw();

        Session other = user("other");
        importFile(other, "", "application/xml", export.getBytes(StandardCharsets.UTF_8)).expect(200);
        assertThat(entryOf(other, onePiece)).containsEntry("notes", "bell and end");
    }

    @Test
    void aMalExportKeepsTagsThatHoldACommaApart() {
        put(reader, "/api/contents/{id}/progress/", Map.of("tags", List.of("a,b", "x")), onePiece).expect(201);

        String export = get(reader, "/api/progress/export/?format=mal").expect(200).raw();

        Session other = user("other");
        importFile(other, "", "application/xml", export.getBytes(StandardCharsets.UTF_8)).expect(200);
        assertThat(entryOf(other, onePiece)).containsEntry("tags", List.of("a,b", "x"));
    }

    @Test
    void aJsonValueOfTheWrongShapeIsAnErrorOrLeftOutNeverA500() {
        String json = """
                [{"title": "One Piece", "status": ["dropped"], "tags": [{"a": 1}], "release_days": [[1]]},
                 {"title": "Naruto", "score": {"v": 11}, "alt_titles": {"a": 1}},
                 {"title": "One Piece", "last_chapter": [9]},
                 {"title": "Naruto", "tags": {"a": 1}, "notes": ["x"], "release_days": ["sun", "someday"]}]
                """;

        Reply reply = importFile(reader, "dry_run=true", "application/json", json.getBytes(StandardCharsets.UTF_8))
                .expect(200);

        List<Map<String, Object>> rows = reply.results();
        assertThat(rows).extracting(row -> row.get("outcome")).containsExactly("error", "error", "error", "created");
        assertThat(messages(rows.get(0))).containsExactly("status: a single value was expected, not [\"dropped\"].",
                "tags: \"[{\"a\":1}]\" could not be read; left out.",
                "release_days: \"[[1]]\" could not be read; left out.");
        assertThat(messages(rows.get(1))).containsExactly("score: a single value was expected, not {\"v\":11}.",
                "alt_titles: \"{\"a\":1}\" could not be read; left out.");
        assertThat(messages(rows.get(2))).containsExactly("last_chapter: a single value was expected, not [9].");
        assertThat(messages(rows.get(3))).containsExactlyInAnyOrder("tags: \"{\"a\":1}\" could not be read; left out.",
                "notes: \"[\"x\"]\" could not be read; left out.", "release_days: \"someday\" is not a weekday; left out.");
        importFile(reader, "", "application/json", json.getBytes(StandardCharsets.UTF_8)).expect(400);
        assertThat(entries(reader)).isEmpty();
    }

    /** Told by its first character, a JSON body of `null` or `"x"` was taken for a CSV file without a title column. */
    @Test
    void aBodySentAsJsonIsReadAsJsonWhateverItsFirstCharacter() {
        for (String json : List.of("null", "\"x\"", "42", "true")) {
            Reply refused = importFile(reader, "", "application/json", json.getBytes(StandardCharsets.UTF_8))
                    .expectInvalid("file");
            assertThat(refused.errors().get("file")).containsExactly("Not a Readtrack export: no \"entries\" list.");
        }
        Reply csv = importFile(reader, "dry_run=true", "text/plain", "title\nNaruto\n".getBytes(StandardCharsets.UTF_8))
                .expect(200);
        assertThat(csv.json()).containsEntry("format", "csv").containsEntry("created", 1);
        Reply json = importFile(reader, "", "application/vnd.readtrack+json; charset=utf-8",
                "null".getBytes(StandardCharsets.UTF_8)).expectInvalid("file");
        assertThat(json.errors().get("file")).containsExactly("Not a Readtrack export: no \"entries\" list.");
        assertThat(entries(reader)).isEmpty();
    }

    /** Excel in French splits a file on semicolons only, and reads 8.5 as text: that file has 8,5. */
    @Test
    void aSemicolonCsvWritesDecimalsWithACommaAndKeepsOtherCommasInTheirCells() throws IOException {
        put(reader, "/api/contents/{id}/progress/", body("last_chapter", "475.5", "score", 8.5,
                "tags", List.of("found family, at sea", "a;b"), "notes", "one; two, three"), onePiece).expect(201);
        put(reader, "/api/contents/{id}/progress/", Map.of("last_chapter", "1,000", "score", 10), naruto).expect(201);

        String export = get(reader, "/api/progress/export/?format=csv&delimiter=semicolon").expect(200).raw();

        try (CSVParser cells = CSVParser.parse(export.substring(1),
                CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().get())) {
            Map<String, Map<String, String>> byTitle = new java.util.HashMap<>();
            cells.forEach(row -> byTitle.put(row.get("title"), row.toMap()));
            assertThat(cells.getHeaderNames()).isEqualTo(ProgressExport.CSV_COLUMNS);
            assertThat(byTitle.get("One Piece")).containsEntry("last_chapter", "475,5").containsEntry("score", "8,5")
                    .containsEntry("notes", "one; two, three");
            assertThat(byTitle.get("Naruto")).containsEntry("last_chapter", "1,000").containsEntry("score", "10,0");
        }
        assertThat(get(reader, "/api/progress/export/?format=csv&delimiter=comma").expect(200).raw())
                .startsWith("\uFEFFtitle,category,").contains(",8.5,");
    }

    @Test
    void anUnknownDelimiterOrOneForAnotherFormatIsRefused() {
        assertThat(get(reader, "/api/progress/export/?format=csv&delimiter=tab").expectInvalid("delimiter").errors()
                .get("delimiter")).containsExactly("Choose comma or semicolon.");
        get(reader, "/api/progress/export/?format=csv&delimiter=%09").expectInvalid("delimiter");
        get(reader, "/api/progress/export/?format=json&delimiter=semicolon").expectInvalid("delimiter");
        get(reader, "/api/progress/export/?delimiter=comma").expectInvalid("delimiter");
    }

    @Test
    void anUnknownFormatIsRefused() {
        get(reader, "/api/progress/export/?format=xlsx").expectInvalid("format");
        assertThat(get(reader, "/api/progress/export/?format=auto").expectInvalid("format").errors().get("format"))
                .containsExactly("Choose csv, json or mal.");
        importFile(reader, "format=xlsx", "text/csv", "title\nNaruto\n".getBytes(StandardCharsets.UTF_8))
                .expectInvalid("format");
    }

    /** The fields that an import carries over: everything but ids, owners, times and positions. */
    private static List<Map<String, Object>> comparable(List<Map<String, Object>> entries) {
        return entries.stream().map(entry -> {
            Map<String, Object> kept = new java.util.TreeMap<>(entry);
            kept.keySet().removeAll(List.of("id", "user", "created_at", "progress_date", "content_detail"));
            return (Map<String, Object>) kept;
        }).toList();
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
