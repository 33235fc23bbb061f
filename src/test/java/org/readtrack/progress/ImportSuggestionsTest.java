package org.readtrack.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.readtrack.support.CatalogFixtures;

/**
 * {@code suggest_missing=true} from a reader who may not edit the catalog: each missing series becomes that
 * reader's suggestion, tracked at once and hidden from others until approved; the catalog itself is left alone.
 * {@code create_missing=true} is for those who edit the catalog: a reader asking for it is refused.
 */
class ImportSuggestionsTest extends ImportTestSupport {

    private Session reader;
    private Session other;
    private CatalogFixtures catalog;
    private long onePiece;
    private long manga;

    @BeforeEach
    void catalogAndReaders() {
        reader = user("reader");
        other = user("other");
        catalog = fixtures(admin("curator"));
        manga = catalog.category("Manga");
        onePiece = catalog.content(manga, "One Piece");
    }

    @Test
    void aReaderAskingToCreateMissingSeriesIsRefusedAndNothingIsImported() {
        Reply refused = importCsv(reader, "create_missing=true", "title,chapter\nKagurabachi,12\nOne Piece,1100\n");

        refused.expectProblem(403);
        assertThat(refused.json().get("detail").toString()).contains("suggest_missing");
        assertThat(get(reader, "/api/progress/").expect(200).number("count")).isZero();
        assertThat(get(reader, "/api/suggestions/").expect(200).results()).isEmpty();
    }

    @Test
    void theCatalogsEditorsAskingForSuggestionsCreateTheMissingSeries() {
        Reply reply = importCsv(catalog.admin(), "suggest_missing=true", "title,type\nKagurabachi,Manga\n")
                .expect(200);

        assertThat(reply.json()).containsEntry("created", 1).containsEntry("suggested", 0);
        long content = ((Number) reply.results().get(0).get("content")).longValue();
        get(other, "/api/contents/{id}/", content).expect(200);
    }

    @Test
    void aReadersMissingSeriesBecomeTheirSuggestions() {
        String csv = "title,type,chapter,release day\nKagurabachi,manga,12,Dimanche\nOne Piece,Manga,1100,Lundi\n";

        Reply reply = importCsv(reader, "suggest_missing=true", csv).expect(200);

        assertThat(reply.json()).containsEntry("created", 2).containsEntry("suggested", 1).containsEntry("errors", 0);
        Map<String, Object> suggested = reply.results().get(0);
        assertThat(suggested).containsEntry("outcome", "created").containsEntry("suggested", true);
        assertThat(messages(suggested)).anySatisfy(message -> assertThat(message).contains("Suggested"));
        assertThat(reply.results().get(1)).containsEntry("suggested", false).containsEntry("content", (int) onePiece);
        long content = ((Number) suggested.get("content")).longValue();
        assertThat(entryOf(reader, content)).containsEntry("last_chapter", "12");
        assertThat(get(reader, "/api/suggestions/").expect(200).results()).singleElement()
                .satisfies(suggestion -> assertThat(suggestion).containsEntry("status", "pending")
                        .containsEntry("content", (int) content).containsEntry("title", "Kagurabachi"));
        Map<String, Object> shown = get(reader, "/api/contents/{id}/", content).expect(200).json();
        assertThat(shown).containsEntry("release_days", List.of("sun"));
        // a reader fills nothing in public contents
        assertThat(catalog.contentReply(onePiece).json().get("release_days")).isEqualTo(List.of());

        get(other, "/api/contents/{id}/", content).expectProblem(404);
        Reply others = importCsv(other, "suggest_missing=true", "title,type\nKagurabachi,Manga\n").expect(200);
        assertThat(others.json()).containsEntry("unmatched", 1).containsEntry("suggested", 0);
        assertThat(messages(others.results().get(0))).anySatisfy(message -> assertThat(message).contains("awaits review"));
        assertThat(get(catalog.admin(), "/api/suggestions/?status=pending").expect(200).results()).hasSize(1);
    }

    @Test
    void aReaderHasAtMostAHundredSuggestionsAwaitingReviewWhateverTheFileHolds() {
        StringBuilder csv = new StringBuilder("title,type\n");
        for (int i = 1; i <= 103; i++) {
            csv.append("Unknown Series ").append(i).append(",Manga\n");
        }

        Reply reply = importCsv(reader, "suggest_missing=true", csv.toString()).expect(200);

        assertThat(reply.json()).containsEntry("created", 100).containsEntry("suggested", 100)
                .containsEntry("unmatched", 3).containsEntry("errors", 0);
        assertThat(messages(reply.results().get(100))).anySatisfy(message -> assertThat(message)
                .contains("100 suggestions awaiting review"));
        assertThat(get(catalog.admin(), "/api/suggestions/?status=pending&page_size=100").expect(200)
                .number("count")).isEqualTo(100);
        post(reader, "/api/suggestions/", Map.of("title", "One More", "feature_category", manga)).expectProblem(409);
        // another reader's own allowance is untouched
        importCsv(other, "suggest_missing=true", "title,type\nUnknown Series 200,Manga\n").expect(200);
        assertThat(get(other, "/api/suggestions/").expect(200).number("count")).isEqualTo(1);
    }

    @Test
    void aReaderAddsNoCategory() {
        Reply reply = importCsv(reader, "suggest_missing=true", "title,type\nOmniscient Reader,Webtoon\n").expect(200);

        assertThat(reply.json()).containsEntry("unmatched", 1).containsEntry("created", 0);
        assertThat(messages(reply.results().get(0))).anySatisfy(message -> assertThat(message).contains("Webtoon"));
        assertThat(get(reader, "/api/categories/").expect(200).json().get("count")).isEqualTo(1);
        assertThat(entries(reader)).isEmpty();
    }

    @Test
    void aRowWithoutCategorySaysSoWhenNoneWasChosenAndTheCatalogHasNoImportedOne() {
        Reply reply = importCsv(reader, "suggest_missing=true", "title\nOmniscient Reader\n").expect(200);

        assertThat(reply.json()).containsEntry("unmatched", 1);
        assertThat(messages(reply.results().get(0))).first().isEqualTo(ImportedRows.NO_CATEGORY_CHOSEN);
        assertThat(entries(reader)).isEmpty();
    }

    @Test
    void theReaderNamesTheCategoryOfTheRowsThatNameNone() {
        long webtoon = catalog.category("Webtoon");
        String csv = "title,type,chapter\nOmniscient Reader,,120\nKagurabachi,Manga,12\n";

        Reply reply = importCsv(reader, "suggest_missing=true&default_category=webtoon", csv).expect(200);

        assertThat(reply.json()).containsEntry("created", 2).containsEntry("suggested", 2).containsEntry("unmatched", 0);
        // a row's own type still wins
        assertThat(reply.results()).extracting(row -> categoryOf(row)).containsExactly(webtoon, manga);
    }

    @Test
    void aDefaultCategoryThatDoesNotExistIsNamedInTheRow() {
        Reply reply = importCsv(reader, "suggest_missing=true&default_category=Novels", "title\nOmniscient Reader\n")
                .expect(200);

        assertThat(messages(reply.results().get(0))).first().isEqualTo("The row names no category, and no category is"
                + " named Novels to put it in; only moderators add categories.");
    }

    @Test
    void aDefaultCategoryLongerThanAnyCategoryNameIsRefusedOnItsOwn() {
        importCsv(reader, "suggest_missing=true&default_category=" + "n".repeat(101), "title\nOmniscient Reader\n")
                .expectInvalid("default_category");
        assertThat(entries(reader)).isEmpty();
    }

    private long categoryOf(Map<String, Object> row) {
        long content = ((Number) row.get("content")).longValue();
        return ((Number) get(reader, "/api/contents/{id}/", content).expect(200).json().get("feature_category"))
                .longValue();
    }

    @Test
    void aDryRunSuggestsNothing() {
        Reply reply = importCsv(reader, "suggest_missing=true&dry_run=true", "title,type\nKagurabachi,Manga\n").expect(200);

        assertThat(reply.json()).containsEntry("suggested", 1);
        assertThat(reply.results("content")).containsExactly((Object) null);
        assertThat(get(reader, "/api/suggestions/").expect(200).results()).isEmpty();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM contents", Long.class)).isEqualTo(1);
    }
}
