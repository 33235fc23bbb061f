package org.readtrack.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.readtrack.support.CatalogFixtures;
import org.springframework.http.HttpMethod;

/**
 * A real, messy spreadsheet, as a UX review imported it: headers written other ways, scores out of 5 or 100 and
 * as stars, French dates, a type column that is the reader's own word, a chapter that goes back, and what the
 * import says about all of it instead of dropping it without a word.
 */
class ImportMessySpreadsheetTest extends ImportTestSupport {

    private Session reader;
    private CatalogFixtures catalog;
    private long manga;
    private long onePiece;
    private long soloLeveling;
    private long omniscient;

    @BeforeEach
    void catalogAndReader() {
        reader = user("reader");
        catalog = fixtures(admin("curator"));
        manga = catalog.category("Manga");
        onePiece = catalog.content(manga, "One Piece");
        soloLeveling = catalog.content(catalog.category("Manhwa"), "Solo Leveling");
        omniscient = catalog.content(catalog.category("Webtoon"), "Omniscient Reader");
    }

    @Test
    void headersWrittenOtherWaysAreReadAndTheColumnsNotReadAreNamed() {
        String csv = "\uFEFFTitre,Chap. lu,Note /10,Dernière MAJ,Avis perso,,Chapitre\n"
                + "One Piece,705,7,01/03/2024,Top,x,710\n";

        Reply reply = importCsv(reader, "", csv).expect(200);

        // a second column of a kind already read is not read either; a column without a header has no name to give
        assertThat(reply.json()).containsEntry("ignored_columns", List.of("Avis perso", "Chapitre"));
        assertThat(entryOf(reader, onePiece)).containsEntry("last_chapter", "705").containsEntry("score", 7.0)
                .containsEntry("updated_at", "2024-03-01T00:00:00Z");

        Reply other = importCsv(reader, "dry_run=true",
                "Nom;Chapitre lu;Note sur 10;Last updated\nSolo Leveling;12;8;2024-05-01\n").expect(200);
        assertThat(other.json()).containsEntry("ignored_columns", List.of());
        @SuppressWarnings("unchecked")
        Map<String, List<Object>> changes = (Map<String, List<Object>>) other.results().get(0).get("changes");
        assertThat(changes).containsEntry("last_chapter", List.of("", "12")).containsEntry("score", Arrays.asList(null, 8.0))
                .containsEntry("updated_at", Arrays.asList(null, "2024-05-01T00:00:00Z"));
        assertThat(importCsv(reader, "dry_run=true", "score /10,title\n9,One Piece\n").expect(200).json())
                .containsEntry("ignored_columns", List.of());
    }

    @Test
    void tagsSeparatedBySemicolonsAreSeveral() {
        String csv = "title,tags\nOne Piece,shonen;adventure ; pirates\n"
                + "Solo Leveling,\"\"\"dungeons;gates\"\"\"\n";

        importCsv(reader, "", csv).expect(200);

        assertThat(entryOf(reader, onePiece)).containsEntry("tags", List.of("shonen", "adventure", "pirates"));
        // quoted within its cell, as the export writes it, a semicolon is the tag's own
        assertThat(entryOf(reader, soloLeveling)).containsEntry("tags", List.of("dungeons;gates"));
    }

    @Test
    void onlyASpreadsheetHasColumnsNotRead() {
        byte[] json = "[{\"title\": \"One Piece\", \"volume\": 3}]".getBytes(StandardCharsets.UTF_8);

        assertThat(importFile(reader, "dry_run=true", "application/json", json).expect(200).json())
                .containsEntry("ignored_columns", List.of());
        String mal = "<myanimelist><manga><series_title>One Piece</series_title><my_read_chapters>3"
                + "</my_read_chapters><my_status>Reading</my_status></manga></myanimelist>";
        assertThat(importFile(reader, "dry_run=true", "application/xml", mal.getBytes(StandardCharsets.UTF_8))
                .expect(200).json()).containsEntry("ignored_columns", List.of());
        // the report of a refused import names them too
        assertThat(importCsv(reader, "", "title,status,Avis\nOne Piece,someday,x\n").expect(400).json())
                .containsEntry("ignored_columns", List.of("Avis"));
    }

    @Test
    void scoresOnOtherScalesAreBroughtToTenWithOneDecimal() {
        String[][] cases = {{"7/10", "7.0"}, {"8,5/10", "8.5"}, {"4/5", "8.0"}, {"85%", "8.5"}, {"85 %", "8.5"},
                {"85/100", "8.5"}, {"87,5%", "8.8"}, {"2/3", "6.7"}, {"★★★★", "8.0"}, {"★★★★☆", "8.0"},
                {"★★★☆☆", "6.0"}, {"★★★★★", "10.0"}, {"☆☆☆☆☆", "0.0"}, {"8 / 10", "8.0"}};
        StringBuilder csv = new StringBuilder("titre;note\n");
        long[] ids = seriesWith(csv, cases);

        Reply reply = importCsv(reader, "", csv.toString()).expect(200);

        assertThat(reply.results("outcome")).containsOnly("created");
        for (int i = 0; i < cases.length; i++) {
            assertThat(String.valueOf(entryOf(reader, ids[i]).get("score"))).as(cases[i][0]).isEqualTo(cases[i][1]);
            assertThat(messages(reply.results().get(i))).as(cases[i][0]).isEmpty();
        }
    }

    /** As the import's contract has it: a score the import cannot read is an error, and a real import writes nothing. */
    @Test
    void aScoreThatCannotBeReadIsStillAnErrorThatSaysWhatIsRead() {
        put(reader, "/api/contents/{id}/progress/", Map.of("score", 6), soloLeveling).expect(201);
        String csv = "title,chapter,score\nOne Piece,12,great\nSolo Leveling,4,11\nOmniscient Reader,3,8.25\n"
                + "Series X,1,6/0\nSeries Y,1,8.25/10\nSeries Z,1,★★★☆\n";
        catalog.content(manga, "Series X");
        catalog.content(manga, "Series Y");
        catalog.content(manga, "Series Z");

        Reply reply = importCsv(reader, "", csv).expect(400);

        // two decimals are refused on another scale as on ten; stars with empty ones are five in all
        assertThat(reply.results("outcome")).containsExactly("error", "error", "error", "error", "error", "error");
        assertThat(messages(reply.results().get(0))).containsExactly("score: \"great\" is not a score from 0 to 10"
                + " (8.5, 7/10, 85%, ★★★★☆ or a tier: SS, S, A+, A, B, C, D, E, F).");
        assertThat(messages(reply.results().get(1))).singleElement().asString().startsWith("score: \"11\"");
        // a number with two decimals is read, but an entry's score has one
        assertThat(messages(reply.results().get(2))).singleElement().asString().startsWith("score: ");
        assertThat(messages(reply.results().get(3))).singleElement().asString().startsWith("score: \"6/0\"");
        assertThat(entries(reader)).hasSize(1);
        assertThat(entryOf(reader, soloLeveling)).containsEntry("score", 6.0);
    }

    @Test
    void frenchMonthNamesAndYearFirstSlashesAreRead() {
        String[][] cases = {{"1 mars 2024", "2024-03-01"}, {"1er mars 2024", "2024-03-01"},
                {"3 févr. 2024", "2024-02-03"}, {"3 fevr 2024", "2024-02-03"}, {"3 FÉVRIER 2024", "2024-02-03"},
                {"14 aout 2024", "2024-08-14"}, {"14 août 2024", "2024-08-14"}, {"2 déc. 2023", "2023-12-02"},
                {"5 juil. 2022", "2022-07-05"}, {"5 juin 2022", "2022-06-05"}, {"1er Janvier 2020", "2020-01-01"},
                {"2024/10/30", "2024-10-30"}, {"4 March 2024", "2024-03-04"}, {"30/10/2024", "2024-10-30"}};
        StringBuilder csv = new StringBuilder("titre;début\n");
        long[] ids = seriesWith(csv, cases);

        Reply reply = importCsv(reader, "", csv.toString()).expect(200);

        for (int i = 0; i < cases.length; i++) {
            assertThat(messages(reply.results().get(i))).as(cases[i][0]).isEmpty();
            assertThat(entryOf(reader, ids[i])).as(cases[i][0]).containsEntry("started_on", cases[i][1]);
        }
    }

    @Test
    void aFrenchDateAndTimeIsTheReadersClockAndAnImpossibleDateIsLeftOut() {
        String csv = "titre;début;fin;dernière maj\nOne Piece;30 février 2024;2 mars 2024;1er mars 2024 14:05\n";

        Reply reply = send(HttpMethod.POST, reader, Map.of("Time-Zone", "Europe/Paris"), "/api/progress/import/",
                "text/csv", csv.getBytes(StandardCharsets.UTF_8)).expect(200);

        assertThat(messages(reply.results().get(0)))
                .containsExactly("started_on: \"30 février 2024\" could not be read; left out.");
        assertThat(entryOf(reader, onePiece)).containsEntry("started_on", null).containsEntry("finished_on", "2024-03-02")
                .containsEntry("updated_at", "2024-03-01T13:05:00Z");
    }

    /** Not the last day of the month in their place, whatever the form: no date at all. */
    @Test
    void impossibleDatesAreLeftOutInEveryForm() {
        String csv = "title;started;finished\nOne Piece;2024/2/30;31 April 2024\nSolo Leveling;31/04/2024;"
                + "February 30, 2024\n";

        Reply reply = importCsv(reader, "", csv).expect(200);

        assertThat(reply.results()).allSatisfy(row -> assertThat(messages(row)).hasSize(2)
                .allSatisfy(message -> assertThat(message).endsWith("could not be read; left out.")));
        assertThat(entryOf(reader, onePiece)).containsEntry("started_on", null).containsEntry("finished_on", null);
    }

    @Test
    void aTypeTheCatalogFilesTheTitleUnderElsewhereFindsItThereAndSaysSo() {
        String csv = "title,type,chapter\nOmniscient Reader,Manga,200\n";

        Reply reply = importCsv(reader, "", csv).expect(200);

        assertThat(reply.results("outcome")).containsExactly("created");
        assertThat(reply.results("content")).containsExactly((int) omniscient);
        assertThat(messages(reply.results().get(0))).containsExactly("Found in Webtoon, not in Manga.");
        assertThat(entryOf(reader, omniscient)).containsEntry("last_chapter", "200");

        // a reader's suggestions make no second series of that title in the category the row names
        Session other = user("other");
        Reply suggested = importCsv(other, "suggest_missing=true", "title,type\nomniscient reader,Manga\n")
                .expect(200);
        assertThat(suggested.results("content")).containsExactly((int) omniscient);
        assertThat(get(other, "/api/suggestions/").expect(200).results()).isEmpty();
    }

    /** The catalog's editors adding what it lacks: their type is the catalog's word, a novel beside the webtoon. */
    @Test
    void aTypeFromTheCatalogsEditorsAddingMissingSeriesIsTakenAsWritten() {
        Reply created = importCsv(catalog.admin(), "create_missing=true", "title,type\nOmniscient Reader,Novel\n")
                .expect(200);

        assertThat(created.results("content")).doesNotContain((int) omniscient);
        assertThat(messages(created.results().get(0))).noneMatch(message -> message.startsWith("Found in"));
        assertThat(get(reader, "/api/contents/?search=Omniscient").expect(200).json().get("count")).isEqualTo(2);
    }

    @Test
    void aTitleInSeveralOtherCategoriesStaysUnmatched() {
        catalog.content(catalog.category("Light Novel"), "One Piece");

        Reply reply = importCsv(reader, "dry_run=true", "title,type\nOne Piece,Webtoon\n").expect(200);

        assertThat(reply.results("outcome")).containsExactly("unmatched");
        assertThat(messages(reply.results().get(0)))
                .containsExactly("No content of the catalog has this title in Webtoon.");
    }

    @Test
    void aRowWithoutADateThatTakesTheChapterBackSaysSoAndStillApplies() {
        clock.set(Instant.parse("2024-01-01T10:00:00Z"));
        put(reader, "/api/contents/{id}/progress/", Map.of("last_chapter", "705"), onePiece).expect(201);
        put(reader, "/api/contents/{id}/progress/", Map.of("last_chapter", "Extra"), soloLeveling).expect(201);
        clock.reset();
        String csv = "title,chapter\nOne Piece,700\nSolo Leveling,12\n";
        // a row dated after the entry's last change is the newer one: the file says so, nothing to add
        Reply dated = importCsv(reader, "dry_run=true", "title,chapter,last update\nOne Piece,700,2024-06-01\n")
                .expect(200);
        assertThat(dated.results("outcome")).containsExactly("updated");
        assertThat(messages(dated.results().get(0))).isEmpty();

        Reply dry = importCsv(reader, "dry_run=true", csv).expect(200);

        assertThat(dry.results("outcome")).containsExactly("updated", "updated");
        assertThat(messages(dry.results().get(0))).containsExactly("Moves back from chapter 705 to 700.");
        // a chapter that is no number is in no order with one
        assertThat(messages(dry.results().get(1))).isEmpty();
        Reply real = importCsv(reader, "", csv).expect(200);
        assertThat(real.results("messages")).isEqualTo(dry.results("messages"));
        assertThat(entryOf(reader, onePiece)).containsEntry("last_chapter", "700");

        // forward: nothing to say
        assertThat(messages(importCsv(reader, "dry_run=true", "title,chapter\nOne Piece,700.5\n").expect(200)
                .results().get(0))).isEmpty();
    }

    @Test
    void keepProgressLeavesAnEarlierChapterOutAndAppliesTheRestOfTheRow() {
        clock.set(Instant.parse("2024-01-01T10:00:00Z"));
        long entry = ((Number) put(reader, "/api/contents/{id}/progress/",
                Map.of("last_chapter", "705", "score", 7), onePiece).expect(201).json().get("id")).longValue();
        put(reader, "/api/contents/{id}/progress/", Map.of("last_chapter", "10"), soloLeveling).expect(201);
        clock.reset();
        // an old spreadsheet: One Piece behind but scored since, Solo Leveling behind and nothing else
        String csv = "title,chapter,score,last update\nOne Piece,700,9,\nSolo Leveling,8,,\n";

        Reply dry = importCsv(reader, "dry_run=true&keep_progress=true", csv).expect(200);

        assertThat(dry.results("outcome")).containsExactly("updated", "unchanged");
        assertThat(messages(dry.results().get(0))).containsExactly("Kept at chapter 705: the file says 700.");
        assertThat(messages(dry.results().get(1))).containsExactly("Kept at chapter 10: the file says 8.");
        assertThat(dry.results().get(0).get("changes")).isEqualTo(Map.of("score", List.of(7.0, 9.0)));
        Reply real = importCsv(reader, "keep_progress=true", csv).expect(200);
        assertThat(real.results("outcome")).isEqualTo(dry.results("outcome"));
        assertThat(entryOf(reader, onePiece)).containsEntry("last_chapter", "705").containsEntry("score", 9.0);
        assertThat(entryOf(reader, soloLeveling)).containsEntry("last_chapter", "10");
        // the import's record, which an undo reverts, holds the score alone
        Map<String, Object> latest = get(reader, "/api/progress/{id}/history/", entry).expect(200).results().get(0);
        assertThat(latest).containsEntry("action", "import");
        assertThat(latest.get("changes")).isEqualTo(Map.of("score", List.of(7.0, 9.0)));

        // a row dated before the entry brings neither its chapter nor its date: forward, it moves the chapter alone,
        // with no word of older values put back
        Reply older = importCsv(reader, "dry_run=true&keep_progress=true",
                "title,chapter,last update\nOne Piece,690,2023-06-01\nSolo Leveling,11,2023-06-01\n").expect(200);
        assertThat(older.results("outcome")).containsExactly("unchanged", "updated");
        assertThat(messages(older.results().get(0))).containsExactly("Kept at chapter 705: the file says 690.");
        assertThat(older.results().get(1).get("changes")).isEqualTo(Map.of("last_chapter", List.of("10", "11")));
        assertThat(messages(older.results().get(1))).isEmpty();
        // but its status, score and notes still apply, and may be older than the list's: the preview says so
        Reply olderStatus = importCsv(reader, "dry_run=true&keep_progress=true",
                "title,chapter,status,notes,last update\nOne Piece,690,dropped,Finally,2023-06-01\n").expect(200);
        assertThat(olderStatus.results("outcome")).containsExactly("updated");
        assertThat(messages(olderStatus.results().get(0)))
                .containsExactly("Kept at chapter 705: the file says 690.", ImportedRows.OLDER_THAN_ENTRY);
        // without the option the file wins, as before
        assertThat(importCsv(reader, "dry_run=true", csv).expect(200).results().get(1).get("changes"))
                .isEqualTo(Map.of("last_chapter", List.of("10", "8")));
    }

    @Test
    void keepProgressKeepsTheNumberOverWordsThatNameNoChapterButTakesAChapterNamedSo() {
        catalog.chapter(onePiece, "705");
        catalog.chapter(onePiece, "Epilogue");
        put(reader, "/api/contents/{id}/progress/", Map.of("last_chapter", "705"), onePiece).expect(201);
        put(reader, "/api/contents/{id}/progress/", Map.of("last_chapter", "374"), soloLeveling).expect(201);
        // what a spreadsheet's chapter column holds for "not sure", and a stray minus sign
        String csv = "title,chapter\nOne Piece,?\nSolo Leveling,-5\n";

        Reply dry = importCsv(reader, "dry_run=true&keep_progress=true", csv).expect(200);

        assertThat(dry.results("outcome")).containsExactly("unchanged", "unchanged");
        assertThat(messages(dry.results().get(0))).containsExactly("Kept at chapter 705: the file says ?.");
        assertThat(messages(dry.results().get(1))).containsExactly("Kept at chapter 374: the file says -5.");
        importCsv(reader, "keep_progress=true", csv).expect(200);
        assertThat(entryOf(reader, onePiece)).containsEntry("last_chapter", "705").containsEntry("unread_count", 1);
        assertThat(entryOf(reader, soloLeveling)).containsEntry("last_chapter", "374");

        // a chapter the series names in words is a chapter: the reader finished it
        Reply epilogue = importCsv(reader, "keep_progress=true", "title,chapter\nOne Piece,Epilogue\n").expect(200);
        assertThat(epilogue.results("outcome")).containsExactly("updated");
        assertThat(entryOf(reader, onePiece)).containsEntry("last_chapter", "Epilogue");
    }

    @Test
    void caughtUpIsTheCatalogsLastChapterAndTagsGivenInTheAppStayWithKeepProgress() {
        for (String number : List.of("1", "2", "3", "Extra")) {
            catalog.chapter(onePiece, number);
        }
        put(reader, "/api/contents/{id}/progress/", Map.of("last_chapter", "1", "tags", List.of("Weekly", "mine")),
                onePiece).expect(201);
        String csv = "title,chapter,tags\nOne Piece,Caught up,weekly;pirates\nSolo Leveling,à jour,\n";

        Reply kept = importCsv(reader, "keep_progress=true", csv).expect(200);

        assertThat(messages(kept.results().get(0)))
                .containsExactly("\u201cCaught up\u201d read as chapter 3, the catalog's last.");
        assertThat(entryOf(reader, onePiece)).containsEntry("last_chapter", "3")
                .containsEntry("tags", List.of("Weekly", "mine", "pirates"));
        // a series without numbered chapters keeps the words, and says so
        assertThat(entryOf(reader, soloLeveling)).containsEntry("last_chapter", "à jour");
        assertThat(messages(kept.results().get(1))).containsExactly(ImportedRows.UNKNOWN_CHAPTER);

        // without the option, the file's tags are the entry's
        importCsv(reader, "", "title,tags\nOne Piece,pirates\n").expect(200);
        assertThat(entryOf(reader, onePiece)).containsEntry("tags", List.of("pirates"));

        // a reader past a catalog that is behind the series stays where they are, option or not
        catalog.chapter(omniscient, "1");
        catalog.chapter(omniscient, "2");
        put(reader, "/api/contents/{id}/progress/", Map.of("last_chapter", "40"), omniscient).expect(201);
        Reply ahead = importCsv(reader, "", "title,chapter\nOmniscient Reader,caught up\n").expect(200);
        assertThat(ahead.results("outcome")).containsExactly("unchanged");
        assertThat(messages(ahead.results().get(0))).isEmpty();
        assertThat(entryOf(reader, omniscient)).containsEntry("last_chapter", "40");
    }

    @Test
    void aChapterNamedInWordsTheSeriesLacksOrPastItsLastChapterIsPointedOut() {
        for (String number : List.of("1", "2", "10", "Extra")) {
            catalog.chapter(onePiece, number);
        }
        catalog.chapter(soloLeveling, "5");
        put(reader, "/api/contents/{id}/progress/", Map.of("last_chapter", "douze"), soloLeveling).expect(201);
        // "douze" for 12; a chapter the catalog names; 110 typed 1100; no chapters at all to be past; a row that
        // leaves the chapter as it is (the entry already says "douze"), of which nothing is said again
        String csv = "title,chapter\nOne Piece,douze\nOne Piece,extra\nOne Piece,1100\nOmniscient Reader,300\n"
                + "One Piece,10\nSolo Leveling,douze\n";

        Reply dry = importCsv(reader, "dry_run=true", csv).expect(200);

        assertThat(dry.results("outcome")).containsExactly("created", "updated", "updated", "created", "updated",
                "unchanged");
        assertThat(messages(dry.results().get(0))).containsExactly(ImportedRows.UNKNOWN_CHAPTER);
        assertThat(messages(dry.results().get(1))).containsExactly(ImportedRows.SAME_CONTENT_AGAIN);
        // the last numbered chapter, not "Extra", which sorts after every number
        assertThat(messages(dry.results().get(2))).containsExactly("Past the catalog's last chapter of this series, 10.",
                ImportedRows.SAME_CONTENT_AGAIN);
        assertThat(messages(dry.results().get(3))).isEmpty();
        assertThat(messages(dry.results().get(4))).containsExactly(ImportedRows.SAME_CONTENT_AGAIN,
                "Moves back from chapter 1100 to 10.");
        assertThat(messages(dry.results().get(5))).isEmpty();
        // a note, not a refusal: the import applies the row as written
        importCsv(reader, "", csv).expect(200);
        assertThat(entryOf(reader, onePiece)).containsEntry("last_chapter", "10");
    }

    @Test
    void anImportOnAnUnknownZoneIsRefusedEvenWithoutADateToRead() {
        Reply refused = send(HttpMethod.POST, reader, Map.of("Time-Zone", "Mars/Olympus"), "/api/progress/import/",
                "text/csv", "title,chapter\nOne Piece,3\n".getBytes(StandardCharsets.UTF_8)).expectInvalid("Time-Zone");

        assertThat(refused.errors().get("Time-Zone")).isNotEmpty();
        assertThat(entries(reader)).isEmpty();
        send(HttpMethod.POST, reader, Map.of("Time-Zone", "Mars/Olympus"), "/api/progress/import/?dry_run=true",
                "text/csv", "title,chapter\nOne Piece,3\n".getBytes(StandardCharsets.UTF_8)).expectInvalid("Time-Zone");
    }

    /** A series of the catalog for each case, "Series 0", "Series 1"…, and a row of the file for each, its value second. */
    private long[] seriesWith(StringBuilder csv, String[][] cases) {
        long[] ids = new long[cases.length];
        for (int i = 0; i < cases.length; i++) {
            ids[i] = catalog.content(manga, "Series " + i);
            csv.append("Series ").append(i).append(';').append(cases[i][0]).append('\n');
        }
        return ids;
    }
}
