package org.readtrack.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.readtrack.support.CatalogFixtures;

/**
 * A spreadsheet kept for years spells titles its own way: "Full Metal Alchemist", "Haikyuu!!". Written alike but for
 * spaces and doubled letters, the row is the catalog's series; a title that is the start or the end of the
 * catalog's (or the other way round) is pointed out, never taken.
 */
class ImportCloseTitlesTest extends ImportTestSupport {

    private static final String NOT_IN_CATALOG = "No content of the catalog has this title.";

    private Session reader;
    private CatalogFixtures catalog;
    private long manga;
    private long fullmetal;
    private long haikyu;

    @BeforeEach
    void catalogAndReader() {
        reader = user("reader");
        catalog = fixtures(admin("curator"));
        manga = catalog.category("Manga");
        fullmetal = catalog.content(manga, "Fullmetal Alchemist");
        haikyu = catalog.content(manga, "Haikyu!!");
        catalog.content(manga, "Frieren");
        catalog.content(catalog.category("Webtoon"), "Omniscient Reader");
        catalog.content(manga, "Attack on Titan");
        catalog.content(manga, "Attack on Titan: Before the Fall");
        catalog.content(manga, "Level 10");
    }

    @Test
    void aTitleWrittenAlikeButForSpacesAndDoubledLettersIsTheCatalogsSeries() {
        Reply reply = importCsv(reader, "", "title,chapter\nFull Metal Alchemist,12\nHaikyuu!!,5\n").expect(200);

        assertThat(reply.results("outcome")).containsExactly("created", "created");
        assertThat(reply.results("content")).containsExactly((int) fullmetal, (int) haikyu);
        assertThat(messages(reply.results().get(0)))
                .containsExactly("Matched with \u201cFullmetal Alchemist\u201d, as the catalog spells it.");
        assertThat(messages(reply.results().get(1))).containsExactly("Matched with \u201cHaikyu!!\u201d, as the catalog spells it.");
        assertThat(entryOf(reader, fullmetal)).containsEntry("last_chapter", "12");
    }

    @Test
    void aTitleThatStartsOrEndsAnotherIsPointedOutAndLeftUnmatched() {
        String csv = "title\nSousou no Frieren\nOmniscient Reader's Viewpoint\nAttack on\n";

        Reply reply = importCsv(reader, "", csv).expect(200);

        assertThat(reply.results("outcome")).containsOnly("unmatched");
        assertThat(messages(reply.results().get(0)))
                .containsExactly(NOT_IN_CATALOG, "Close titles in the catalog: \u201cFrieren\u201d.");
        assertThat(messages(reply.results().get(1)))
                .containsExactly(NOT_IN_CATALOG, "Close titles in the catalog: \u201cOmniscient Reader\u201d.");
        // the closest in length first
        assertThat(messages(reply.results().get(2))).containsExactly(NOT_IN_CATALOG, "Close titles in the catalog:"
                + " \u201cAttack on Titan\u201d, \u201cAttack on Titan: Before the Fall\u201d.");
        assertThat(entries(reader)).isEmpty();
    }

    @Test
    void numbersAreNotLettersAndShortWordsPointNowhere() {
        // "Level 100" is not "Level 10" with a doubled letter: pointed out, not taken; "Fall", the end of a title, is
        // in too many others to point anywhere; "Alchemist" is not
        Reply reply = importCsv(reader, "dry_run=true", "title\nLevel 100\nFall\nAlchemist\n").expect(200);

        assertThat(reply.results("outcome")).containsOnly("unmatched");
        assertThat(messages(reply.results().get(0)))
                .containsExactly(NOT_IN_CATALOG, "Close titles in the catalog: \u201cLevel 10\u201d.");
        assertThat(messages(reply.results().get(1))).containsExactly(NOT_IN_CATALOG);
        assertThat(messages(reply.results().get(2)))
                .containsExactly(NOT_IN_CATALOG, "Close titles in the catalog: \u201cFullmetal Alchemist\u201d.");
    }

    @Test
    void aTypeColumnNamingAnotherCategoryKeepsTheSpellingFromMatching() {
        Reply reply = importCsv(reader, "dry_run=true", "title,type\nFull Metal Alchemist,Manga\nHaikyuu!!,Novel\n")
                .expect(200);

        assertThat(reply.results("outcome")).containsExactly("created", "unmatched");
        assertThat(messages(reply.results().get(1))).containsExactly("No content of the catalog has this title in"
                + " Novel.", "Close titles in the catalog: \u201cHaikyu!!\u201d.");
    }

    @Test
    void aSeriesAddedFromTheFileSaysWhichCloseTitlesTheCatalogAlreadyHad() {
        Reply reply = importCsv(catalog.admin(), "dry_run=true&create_missing=true",
                "title,type\nSousou no Frieren,Manga\n").expect(200);

        assertThat(reply.results("outcome")).containsExactly("created");
        assertThat(messages(reply.results().get(0))).contains("Close titles in the catalog: \u201cFrieren\u201d.");
    }

    @Test
    void anArticleWrittenOrLeftOutIsTheSameSeries() {
        long empress = catalog.content(manga, "The Remarried Empress");
        long musketeers = catalog.content(catalog.category("Novel"), "Les Trois Mousquetaires");

        Reply reply = importCsv(reader, "dry_run=true", "title\nRemarried Empress\nTrois Mousquetaires\n")
                .expect(200);

        assertThat(reply.results("content")).containsExactly((int) empress, (int) musketeers);
    }

    @Test
    void aShortTitleIsNotTakenForAnother() {
        catalog.content(manga, "Goo");

        Reply reply = importCsv(reader, "dry_run=true", "title\nGo\n").expect(200);

        assertThat(reply.results("outcome")).containsExactly("unmatched");
        assertThat(messages(reply.results().get(0))).containsExactly(NOT_IN_CATALOG);
    }

    @Test
    void anOtherTitleWrittenAlikeIsTheSeriesNamedByItsTitle() {
        long yaiba = catalog.content(manga, "Demon Slayer", Map.of("alt_titles", List.of("Kimetsu no Yaiba")));

        Reply reply = importCsv(reader, "dry_run=true", "title\nKimetsu no Yaaiba\n").expect(200);

        assertThat(reply.results("content")).containsExactly((int) yaiba);
        assertThat(messages(reply.results().get(0)))
                .containsExactly("Matched with \u201cDemon Slayer\u201d, as the catalog spells it.");
    }

    @Test
    void twoSeriesWrittenAlikeAreNamedNotTaken() {
        catalog.content(manga, "Dandadan");
        catalog.content(manga, "Dan Da Dan");

        Reply reply = importCsv(reader, "dry_run=true", "title\nDan-Dadan\n").expect(200);

        assertThat(reply.results("outcome")).containsExactly("unmatched");
        assertThat(messages(reply.results().get(0))).first().isEqualTo(NOT_IN_CATALOG);
        assertThat(messages(reply.results().get(0)).get(1)).startsWith("Close titles in the catalog: ")
                .contains("\u201cDandadan\u201d", "\u201cDan Da Dan\u201d");
    }

    @Test
    void aTitleLongerThanAnyInTheCatalogIsUnmatchedWithoutAWord() {
        String endless = "ab ".repeat(20_000).strip();

        Reply reply = importCsv(reader, "dry_run=true", "title\n" + endless + "\n").expect(200);

        assertThat(reply.results("outcome")).containsExactly("unmatched");
        assertThat(messages(reply.results().get(0))).containsExactly(NOT_IN_CATALOG);
    }

    @Test
    void twoCloseTitlesOfOneNameAreToldApartByCategory() {
        catalog.content(catalog.category("Novel"), "Frieren");

        Reply reply = importCsv(reader, "dry_run=true", "title\nSousou no Frieren\n").expect(200);

        assertThat(messages(reply.results().get(0))).containsExactly(NOT_IN_CATALOG,
                "Close titles in the catalog: \u201cFrieren\u201d (Manga), \u201cFrieren\u201d (Novel).");
    }

    @Test
    void anotherReadersSuggestionIsNeitherTakenNorNamed() {
        Session other = user("other");
        post(other, "/api/suggestions/", Map.of("title", "Dandadan", "feature_category", manga)).expect(201);

        Reply reply = importCsv(reader, "dry_run=true", "title\nDan Da Dan\nDandadan Season\n").expect(200);

        assertThat(reply.results("outcome")).containsOnly("unmatched");
        assertThat(reply.results("messages")).containsOnly(List.of(NOT_IN_CATALOG));
    }
}
