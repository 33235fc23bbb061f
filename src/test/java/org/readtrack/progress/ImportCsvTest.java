package org.readtrack.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.readtrack.support.CatalogFixtures;

/**
 * Issue 20 (DESIGN.md B2): importing a spreadsheet — columns and values in English and French, matching by
 * title key, dry runs, all-or-nothing, re-imports, history.
 */
class ImportCsvTest extends ImportTestSupport {

    /** The header of a real spreadsheet export, as the issue gives it. */
    private static final String SPREADSHEET_HEADER =
            "Name,Type,Dernier Chapitre Lu,Mise à Jour,Tier,Status,Langue,Commentaire,\"Lien vers \",Jour de sortie\n";

    private Session reader;
    private CatalogFixtures catalog;
    private long manga;
    private long onePiece;
    private long titans;
    private long soloLeveling;
    private long frieren;
    private long kaguya;

    @BeforeEach
    void catalogAndReader() {
        reader = user("reader");
        catalog = fixtures(admin("curator"));
        manga = catalog.category("Manga");
        long manhwa = catalog.category("Manhwa");
        onePiece = catalog.content(manga, "One Piece");
        titans = catalog.content(manga, "L’Attaque des Titans", Map.of("alt_titles", List.of("Shingeki no Kyojin")));
        soloLeveling = catalog.content(manhwa, "Solo Leveling");
        frieren = catalog.content(manga, "Frieren: Beyond Journey's End");
        kaguya = catalog.content(manga, "Kaguya-sama: Love Is War");
    }

    @Test
    void aFrenchSpreadsheetIsReadColumnByColumn() {
        String csv = SPREADSHEET_HEADER
                + "One Piece,Manga,475.5,\"August 14, 2024 1:50 PM\",SS,Lecture,Japonais,Top,\"https://example.org/op \",\"Mardi, Mercredi\"\n"
                + "  l'attaque des titans ,manga,139,14/08/2024,A+,Terminé,,,,\n"
                + "SOLO LEVELING,Manhwa,110,,B,En Pause,,,,Aléatoire\n"
                + "Frieren Beyond Journeys End,,12,,C,Arreter,,,,\n"
                + "Kaguya sama   Love is war,Manga,,,S,Not started,,,,\n";

        Reply reply = importCsv(reader, "", csv).expect(200);

        assertThat(reply.json()).containsEntry("format", "csv").containsEntry("dry_run", false)
                .containsEntry("rows", 5).containsEntry("created", 5).containsEntry("updated", 0)
                .containsEntry("unchanged", 0).containsEntry("unmatched", 0).containsEntry("errors", 0);
        assertThat(reply.results("row")).containsExactly(2, 3, 4, 5, 6);
        assertThat(reply.results("outcome")).containsOnly("created");
        assertThat(reply.results("content")).containsExactly((int) onePiece, (int) titans, (int) soloLeveling,
                (int) frieren, (int) kaguya);
        assertThat(reply.results().get(0)).containsKeys("row", "title", "outcome", "entry", "content", "messages")
                .containsEntry("title", "One Piece");

        Map<String, Object> op = entryOf(reader, onePiece);
        assertThat(op).containsEntry("last_chapter", "475.5").containsEntry("status", "reading")
                .containsEntry("score", 10.0).containsEntry("notes", "Top")
                .containsEntry("reading_url", "https://example.org/op");
        assertThat(Instant.parse((String) op.get("updated_at"))).isEqualTo(Instant.parse("2024-08-14T13:50:00Z"));
        assertThat(entryOf(reader, titans)).containsEntry("status", "completed").containsEntry("score", 8.5)
                .containsEntry("last_chapter", "139");
        assertThat(Instant.parse((String) entryOf(reader, titans).get("updated_at")))
                .isEqualTo(Instant.parse("2024-08-14T00:00:00Z"));
        assertThat(entryOf(reader, soloLeveling)).containsEntry("status", "on_hold").containsEntry("score", 7.0);
        assertThat(entryOf(reader, frieren)).containsEntry("status", "dropped").containsEntry("score", 6.0);
        assertThat(entryOf(reader, kaguya)).containsEntry("status", "plan_to_read").containsEntry("score", 9.0)
                .containsEntry("last_chapter", "");
        // an unreadable weekday is left out with a message, the row is still imported
        assertThat(messages(reply.results().get(2))).anySatisfy(message -> assertThat(message).contains("Aléatoire"));
    }

    @Test
    void everyStatusWordAndTierIsRead() {
        String[][] cases = {{"Lecture", "SS", "reading", "10.0"}, {"En cours", "S", "reading", "9.0"},
                {"CURRENT", "A+", "reading", "8.5"}, {"Terminé", "A", "completed", "8.0"}, {"Fini", "b", "completed", "7.0"},
                {"En pause", "C", "on_hold", "6.0"}, {"Paused", "D", "on_hold", "5.0"}, {"Arrêté", "E", "dropped", "4.0"},
                {"Abandonné", "F", "dropped", "3.0"}, {"À lire", "0", "plan_to_read", "0.0"},
                {"Planning", "9.5", "plan_to_read", "9.5"}, {"plan_to_read", "7,5", "plan_to_read", "7.5"},
                {"On-Hold", "", "on_hold", null}, {"REPEATING", "", "reading", null}};
        StringBuilder csv = new StringBuilder("titre;statut;note\n");
        long[] ids = new long[cases.length];
        for (int i = 0; i < cases.length; i++) {
            ids[i] = catalog.content(manga, "Series " + i);
            csv.append("Series ").append(i).append(';').append(cases[i][0]).append(';').append(cases[i][1]).append('\n');
        }

        importCsv(reader, "", csv.toString()).expect(200);

        for (int i = 0; i < cases.length; i++) {
            Map<String, Object> entry = entryOf(reader, ids[i]);
            assertThat(entry.get("status")).as(cases[i][0]).isEqualTo(cases[i][2]);
            assertThat(entry.get("score") == null ? null : entry.get("score").toString()).as(cases[i][1])
                    .isEqualTo(cases[i][3]);
        }
        assertThat(entryOf(reader, ids[cases.length - 1])).containsEntry("rereading", true);
    }

    @Test
    void semicolonsABomAndEnglishHeadersInAnyCaseWork() {
        String csv = "\uFEFF TITLE ;Chapter; STATUT ;Rating;Tags;Started;Finished;Favorite\n"
                + "One Piece;1000;completed;8,5;\"shonen, pirates\";2020-01-02;03/04/2021;yes\n";

        importCsv(reader, "", csv).expect(200);

        assertThat(entryOf(reader, onePiece)).containsEntry("last_chapter", "1000").containsEntry("status", "completed")
                .containsEntry("score", 8.5).containsEntry("tags", List.of("shonen", "pirates"))
                .containsEntry("started_on", "2020-01-02").containsEntry("finished_on", "2021-04-03")
                .containsEntry("favorite", true);
    }

    @Test
    void invisibleCharactersPastedFromElsewhereAreIgnoredInHeadersAndTitles() {
        // a second byte order mark, a zero-width space in a header, direction marks around a title
        String csv = "\uFEFF\uFEFFtitle\u200B,chapter\n\u200EOne Piece\u200F,12\n";

        Reply reply = importCsv(reader, "", csv).expect(200);

        assertThat(reply.results("outcome")).containsExactly("created");
        assertThat(entryOf(reader, onePiece)).containsEntry("last_chapter", "12");
    }

    @Test
    void anAltTitleMatchesAndATypeColumnNarrowsTheMatch() {
        long novels = catalog.category("Light Novel");
        long novel = catalog.content(novels, "One Piece");
        String csv = "title,type\nShingeki no Kyojin,\nOne Piece,light novel\nOne Piece,\n";

        Reply reply = importCsv(reader, "", csv).expect(200);

        assertThat(reply.results("outcome")).containsExactly("created", "created", "unmatched");
        assertThat(reply.results("content")).containsExactly((int) titans, (int) novel, null);
        // the catalog's title, for the reader to see what "Shingeki no Kyojin" was taken for
        assertThat(reply.results("content_title")).containsExactly("L’Attaque des Titans", "One Piece", null);
        assertThat(messages(reply.results().get(2)).get(0)).contains("Several contents");
    }

    /**
     * Two contents whose titles differ only in case (in two categories: one category refuses that): the row with
     * one of them exactly, as exported, is that one.
     */
    @Test
    void aTitleWrittenExactlyAsOneOfTwoLooselyEqualTitlesIsThatOne() {
        long shouting = catalog.content(catalog.category("Anime comics"), "ONE PIECE");

        Reply reply = importCsv(reader, "dry_run=true", "title\nONE PIECE\nOne Piece\none piece\n").expect(200);

        assertThat(reply.results("outcome")).containsExactly("created", "created", "unmatched");
        assertThat(reply.results("content")).containsExactly((int) shouting, (int) onePiece, null);
    }

    @Test
    void theTitleKeysFollowTheCatalogsChanges() {
        patch(catalog.admin(), "/api/contents/{id}/", Map.of("title", "Wan Pīsu", "alt_titles", List.of("OP")),
                onePiece).expect(200);

        Reply reply = importCsv(reader, "dry_run=true", "title\nOne Piece\nwan pisu\nop\n").expect(200);

        assertThat(reply.results("outcome")).containsExactly("unmatched", "created", "unchanged");
        assertThat(reply.results("content")).containsExactly(null, (int) onePiece, (int) onePiece);
        delete(catalog.admin(), "/api/contents/{id}/", onePiece).expect(204);
        assertThat(importCsv(reader, "dry_run=true", "title\nwan pisu\n").expect(200).results("outcome"))
                .containsExactly("unmatched");
    }

    @Test
    void aRowThatOnlyDatesTheLastChangeSaysSo() {
        importCsv(reader, "", "title,chapter,last update\nOne Piece,12,2024-05-01T10:00:00Z\n").expect(200);

        Reply reply = importCsv(reader, "", "title,chapter,last update\nOne Piece,12,2024-06-01T10:00:00Z\n")
                .expect(200);

        assertThat(reply.results("outcome")).containsExactly("updated");
        assertThat(reply.results("changes")).containsExactly(
                Map.of("updated_at", List.of("2024-05-01T10:00:00Z", "2024-06-01T10:00:00Z")));
        assertThat(entryOf(reader, onePiece)).containsEntry("updated_at", "2024-06-01T10:00:00Z");
    }

    @Test
    void aDryRunReportsWhatWouldHappenAndWritesNothing() {
        String csv = "title,chapter,status\nOne Piece,12,reading\nNot In The Catalog,1,reading\n";

        Reply dry = importCsv(reader, "dry_run=true", csv).expect(200);

        assertThat(dry.json()).containsEntry("dry_run", true).containsEntry("created", 1).containsEntry("unmatched", 1);
        assertThat(dry.results("outcome")).containsExactly("created", "unmatched");
        assertThat(entries(reader)).isEmpty();

        Reply real = importCsv(reader, "", csv).expect(200);
        assertThat(real.results("outcome")).isEqualTo(dry.results("outcome"));
        assertThat(entries(reader)).hasSize(1);
    }

    @Test
    void importingTheSameFileTwiceChangesNothing() {
        String csv = "title,chapter,status,score,last update\nOne Piece,12,reading,8,2024-05-01T10:00:00Z\n"
                + "Solo Leveling,3,on hold,,\n";
        importCsv(reader, "", csv).expect(200);

        Reply again = importCsv(reader, "", csv).expect(200);

        assertThat(again.json()).containsEntry("unchanged", 2).containsEntry("created", 0).containsEntry("updated", 0);
        assertThat(entries(reader)).hasSize(2);
    }

    @Test
    void anyErrorRowFailsTheWholeImportWithTheReport() {
        String csv = "title,chapter,status,score\nOne Piece,12,reading,8\nSolo Leveling,3,someday,\n"
                + "Kaguya-sama: Love Is War," + "1".repeat(51) + ",reading,8\n";

        Reply reply = importCsv(reader, "", csv).expect(400);

        assertThat(reply.json()).containsEntry("errors", 2).containsEntry("created", 1).containsEntry("dry_run", false);
        assertThat(reply.results("outcome")).containsExactly("created", "error", "error");
        assertThat(messages(reply.results().get(1)).get(0)).startsWith("status");
        assertThat(messages(reply.results().get(2)).get(0)).startsWith("last_chapter");
        assertThat(entries(reader)).isEmpty();
        // a dry run of the same file answers 200: it only reports
        importCsv(reader, "dry_run=true", csv).expect(200);
    }

    @Test
    void otherUnreadableValuesAreLeftOutWithAMessage() {
        String csv = "title,chapter,started,link,favorite\nOne Piece,12,the day after,javascript:alert(1),maybe\n";

        Reply reply = importCsv(reader, "", csv).expect(200);

        assertThat(reply.results("outcome")).containsExactly("created");
        assertThat(messages(reply.results().get(0))).hasSize(3)
                .anySatisfy(message -> assertThat(message).startsWith("started_on"))
                .anySatisfy(message -> assertThat(message).startsWith("reading_url"))
                .anySatisfy(message -> assertThat(message).startsWith("favorite"));
        assertThat(entryOf(reader, onePiece)).containsEntry("reading_url", "").containsEntry("favorite", false)
                .containsEntry("last_chapter", "12");
    }

    /** The file's start date, not the entry's own finish date, is what gives way: the rest of the row is kept. */
    @Test
    void aStartDateAfterTheEntrysFinishDateIsLeftOutWithAMessage() {
        post(reader, "/api/progress/", Map.of("content", onePiece, "last_chapter", "20", "status", "completed",
                "started_on", "2019-06-01", "finished_on", "2020-01-01")).expect(201);

        Reply reply = importCsv(reader, "", "title,chapter,started\nOne Piece,21,31/12/2025\n").expect(200);

        assertThat(reply.results("outcome")).containsExactly("updated");
        assertThat(messages(reply.results().get(0)))
                .containsExactly("started_on: Ensure this date is on or before the finish date. Left out.");
        assertThat(entryOf(reader, onePiece)).containsEntry("last_chapter", "21")
                .containsEntry("started_on", "2019-06-01").containsEntry("finished_on", "2020-01-01");
    }

    /** Years a stored date cannot hold (SQLite would wrap them around) are read as no date at all. */
    @Test
    void datesOutsideYearsOneTo9999AreLeftOutWithAMessage() {
        String csv = "title,chapter,started,finished,updated\n"
                + "One Piece,12,0000-01-01,+999999999-12-31,+999999999-12-31T00:00:00Z\n"
                + "Solo Leveling,3,0001-01-01,9999-12-31,9999-12-31T23:59:59Z\n";

        Reply reply = importCsv(reader, "", csv).expect(200);

        assertThat(reply.results("outcome")).containsExactly("created", "created");
        assertThat(messages(reply.results().get(0))).hasSize(3)
                .anySatisfy(message -> assertThat(message).startsWith("started_on"))
                .anySatisfy(message -> assertThat(message).startsWith("finished_on"))
                .anySatisfy(message -> assertThat(message).startsWith("updated_at"));
        assertThat(entryOf(reader, onePiece)).containsEntry("started_on", null).containsEntry("finished_on", null);
        // the last moment a date may have, but a last change cannot be after now
        assertThat(messages(reply.results().get(1)))
                .containsExactly("updated_at: \"9999-12-31T23:59:59Z\" is in the future; left out.");
        assertThat(entryOf(reader, soloLeveling)).containsEntry("started_on", "0001-01-01")
                .containsEntry("finished_on", "9999-12-31");
        assertThat(entryOf(reader, soloLeveling).get("updated_at")).isNotEqualTo("9999-12-31T23:59:59Z");
    }

    /** A last change after now would keep the entry first by last change for years, and every import "older". */
    @Test
    void aLastUpdateInTheFutureIsLeftOut() {
        Reply reply = importCsv(reader, "", "title,chapter,updated\nOne Piece,5,2099-01-01\n").expect(200);

        assertThat(messages(reply.results().get(0)))
                .containsExactly("updated_at: \"2099-01-01T00:00:00Z\" is in the future; left out.");
        Map<String, Object> entry = entryOf(reader, onePiece);
        assertThat(entry).containsEntry("last_chapter", "5");
        assertThat(Instant.parse((String) entry.get("updated_at"))).isBefore(Instant.parse("2099-01-01T00:00:00Z"));
        // the entry changed now, not in 2099: a row of last year is older, and says so
        assertThat(messages(importCsv(reader, "dry_run=true", "title,chapter,updated\nOne Piece,6,2025-01-01\n")
                .expect(200).results().get(0))).contains(ImportedRows.OLDER_THAN_ENTRY);
    }

    @Test
    void eachChangeIsRecordedAsAnImportAndCanBeUndone() {
        long id = post(reader, "/api/progress/", Map.of("content", onePiece, "last_chapter", "10")).expect(201).id();

        Reply reply = importCsv(reader, "", "title,chapter,status\nOne Piece,12,on hold\n").expect(200);

        assertThat(reply.results("outcome")).containsExactly("updated");
        assertThat(reply.results("entry")).containsExactly((int) id);
        Map<String, Object> latest = get(reader, "/api/progress/{id}/history/", id).expect(200).results().get(0);
        assertThat(latest).containsEntry("action", "import");
        assertThat(latest.get("changes")).isEqualTo(Map.of("last_chapter", List.of("10", "12"),
                "status", List.of("reading", "on_hold")));
        post(reader, "/api/progress/{id}/undo/", null, id).expect(200);
        assertThat(entryOf(reader, onePiece)).containsEntry("last_chapter", "10").containsEntry("status", "reading");
    }

    @Test
    void rowsOnOneContentBuildOneEntryWithARecordEach() {
        long kept = post(reader, "/api/progress/", Map.of("content", onePiece, "last_chapter", "10")).expect(201).id();
        String csv = "title,chapter,status,last update\nSolo Leveling,3,reading,2024-05-01T10:00:00Z\n"
                + "One Piece,11,reading,\nSolo Leveling,4,on hold,2024-06-01T10:00:00Z\nOne Piece,12,reading,\n"
                + "Frieren: Beyond Journey's End,1,planned,2024-07-01T10:00:00Z\n";

        Reply reply = importCsv(reader, "", csv).expect(200);

        assertThat(reply.results("outcome")).containsExactly("created", "updated", "updated", "updated", "created");
        Map<String, Object> solo = entryOf(reader, soloLeveling);
        Map<String, Object> frierenEntry = entryOf(reader, frieren);
        // the report names the entries the import created, as stored
        assertThat(reply.results("entry")).containsExactly(solo.get("id"), (int) kept, solo.get("id"), (int) kept,
                frierenEntry.get("id"));
        assertThat(solo).containsEntry("last_chapter", "4").containsEntry("status", "on_hold")
                .containsEntry("updated_at", "2024-06-01T10:00:00Z");
        assertThat(frierenEntry).containsEntry("updated_at", "2024-07-01T10:00:00Z");
        assertThat(entryOf(reader, onePiece)).containsEntry("last_chapter", "12");
        List<Map<String, Object>> soloHistory = get(reader, "/api/progress/{id}/history/", solo.get("id")).expect(200)
                .results();
        assertThat(soloHistory).extracting(record -> record.get("action")).containsExactly("import", "create");
        List<Map<String, Object>> keptHistory = get(reader, "/api/progress/{id}/history/", kept).expect(200).results();
        assertThat(keptHistory).extracting(record -> record.get("action")).containsExactly("import", "import", "create");
        assertThat(keptHistory.subList(0, 2)).extracting(record -> record.get("changes")).containsExactly(
                Map.of("last_chapter", List.of("11", "12")), Map.of("last_chapter", List.of("10", "11")));
        // undo walks back one imported row at a time
        post(reader, "/api/progress/{id}/undo/", null, kept).expect(200);
        assertThat(entryOf(reader, onePiece)).containsEntry("last_chapter", "11");
    }

    @Test
    void aPreviewShowsWhatEachRowChangesAndWarnsOfOlderRowsAndRepeatedSeries() {
        post(reader, "/api/progress/", Map.of("content", onePiece, "last_chapter", "120")).expect(201);
        // an export of last year imported over a list read since, and a series on two rows
        String csv = "title,chapter,status,last update\nOne Piece,95,reading,2024-05-01T10:00:00Z\n"
                + "Solo Leveling,3,reading,\nSolo Leveling,4,on hold,\n";

        Reply dry = importCsv(reader, "dry_run=true", csv).expect(200);

        assertThat(dry.results("outcome")).containsExactly("updated", "created", "updated");
        Map<String, Object> older = dry.results().get(0);
        @SuppressWarnings("unchecked")
        Map<String, List<Object>> olderChanges = (Map<String, List<Object>>) older.get("changes");
        assertThat(olderChanges).containsOnlyKeys("last_chapter", "updated_at")
                .containsEntry("last_chapter", List.of("120", "95"));
        // the date the file gives the entry's last change, after the one stored
        assertThat(olderChanges.get("updated_at")).element(1).isEqualTo("2024-05-01T10:00:00Z");
        assertThat(messages(older)).containsExactly(ImportedRows.OLDER_THAN_ENTRY);
        // a new entry: what it will hold, as its history will say it
        @SuppressWarnings("unchecked")
        Map<String, Object> created = (Map<String, Object>) dry.results().get(1).get("changes");
        assertThat(created).containsEntry("last_chapter", List.of("", "3")).doesNotContainKey("content");
        assertThat(messages(dry.results().get(1))).isEmpty();
        Map<String, Object> again = dry.results().get(2);
        assertThat(again.get("changes")).isEqualTo(Map.of("last_chapter", List.of("3", "4"),
                "status", List.of("reading", "on_hold")));
        assertThat(messages(again)).containsExactly(ImportedRows.SAME_CONTENT_AGAIN);
        // the import itself reports the same
        assertThat(importCsv(reader, "", csv).expect(200).results("changes")).isEqualTo(dry.results("changes"));
        // a row newer than the entry takes it forward without a warning
        Reply newer = importCsv(reader, "", "title,chapter,last update\nOne Piece,130,2025-01-01T00:00:00Z\n")
                .expect(200);
        assertThat(newer.results().get(0).get("changes")).isEqualTo(Map.of("last_chapter", List.of("95", "130"),
                "updated_at", List.of("2024-05-01T10:00:00Z", "2025-01-01T00:00:00Z")));
        assertThat(messages(newer.results().get(0))).isEmpty();
    }

    @Test
    void onlyTheStoredEntrySaysWhetherARowIsOlderAndOnlyRowsThatApplyAreEarlierRows() {
        clock.set(Instant.parse("2024-06-01T10:00:00Z"));
        post(reader, "/api/progress/", Map.of("content", onePiece, "last_chapter", "90")).expect(201);
        clock.reset();
        // an undated row leaves the entry changed now; the dated one after it is still newer than the stored entry
        String csv = "title,chapter,status,score,last update\nOne Piece,100,reading,,\n"
                + "One Piece,101,reading,,2025-01-01T00:00:00Z\nSolo Leveling,3,someday,,\nSolo Leveling,4,reading,,\n";

        Reply dry = importCsv(reader, "dry_run=true", csv).expect(200);

        assertThat(dry.results("outcome")).containsExactly("updated", "updated", "error", "created");
        assertThat(messages(dry.results().get(1))).containsExactly(ImportedRows.SAME_CONTENT_AGAIN);
        // the row in error applied nothing: the next one for its series is the first
        assertThat(messages(dry.results().get(3))).isEmpty();
    }

    @Test
    void aFileWithoutATitleColumnIsRefused() {
        Reply reply = importCsv(reader, "", "chapter,status\n12,reading\n").expectInvalid("file");
        assertThat(reply.errors().get("file").get(0)).contains("title");
    }

    @Test
    void createMissingCreatesContentsAndCategoriesAndFillsEmptyFieldsOnly() {
        Session admin = catalog.admin();
        catalog.content(manga, "Blue Lock", Map.of("release_days", List.of("sun")));
        String csv = SPREADSHEET_HEADER
                + "Omniscient Reader,Webtoon,200,,A,Lecture,Coréen,,,Mercredi\n"
                + "One Piece,Manga,1100,,S,Lecture,,,,\"Lundi, Vendredi\"\n"
                + "Blue Lock,Manga,250,,B,Lecture,,,,Lundi\n";

        Reply reply = importCsv(admin, "create_missing=true", csv).expect(200);

        assertThat(reply.results("outcome")).containsOnly("created");
        long created = ((Number) reply.results("content").get(0)).longValue();
        Map<String, Object> content = catalog.contentReply(created).json();
        // the catalog files languages by code: "Coréen" is found by its filter as ko
        assertThat(content).containsEntry("title", "Omniscient Reader").containsEntry("language", "ko")
                .containsEntry("release_days", List.of("wed"));
        assertThat(((Map<?, ?>) content.get("feature_category_detail")).get("name")).isEqualTo("Webtoon");
        assertThat(catalog.contentReply(onePiece).json().get("release_days")).isEqualTo(List.of("mon", "fri"));
        long blueLock = ((Number) reply.results("content").get(2)).longValue();
        assertThat(catalog.contentReply(blueLock).json().get("release_days")).isEqualTo(List.of("sun"));
        // the new content is matched by the next import, as any other
        Reply again = importCsv(reader, "", "title,type\nomniscient reader,WEBTOON\n").expect(200);
        assertThat(again.results("content")).containsExactly((int) created);
    }

    @Test
    void aDryRunWithCreateMissingCreatesNothing() {
        Reply reply = importCsv(catalog.admin(), "create_missing=true&dry_run=true",
                "title,type\nNew Series,Novel\nnew series,Novel\n").expect(200);

        // the second row finds the content the first created, which the dry run did not keep: neither names it
        assertThat(reply.results("outcome")).containsExactly("created", "unchanged");
        assertThat(reply.results("content")).containsExactly(null, null);
        assertThat(get(reader, "/api/contents/?search=New Series").expect(200).json().get("count")).isEqualTo(0);
        assertThat(get(reader, "/api/categories/").expect(200).json().get("count")).isEqualTo(2);
    }

    @Test
    void aFailedImportNamesNoContentItCreatedAndRolledBack() {
        Reply reply = importCsv(catalog.admin(), "create_missing=true", "title,type,status\nNew Series,Novel,reading\n"
                + "One Piece,Manga,sleeping\n").expect(400);

        assertThat(reply.results("outcome")).containsExactly("created", "error");
        assertThat(reply.results("content")).containsExactly(null, null);
        assertThat(get(reader, "/api/contents/?search=New Series").expect(200).json().get("count")).isEqualTo(0);
    }
}
