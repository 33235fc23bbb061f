package org.readtrack.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.readtrack.support.CatalogApiTest;
import org.readtrack.support.CatalogFixtures;

class ChapterApiTest extends CatalogApiTest {

    private Session admin;
    private Session reader;
    private CatalogFixtures catalog;
    private long onePiece;

    @BeforeEach
    void accountsAndContent() {
        admin = admin("curator");
        reader = user("reader");
        catalog = fixtures(admin);
        onePiece = catalog.content(catalog.category("Manga"), "One Piece");
    }

    private List<Object> numbers(String query, Object... variables) {
        return get(reader, "/api/chapters/" + query, variables).expect(200).results("chapter_number");
    }

    @Test
    void createsAChapterWithEveryFieldOfTheContract() {
        Reply created = post(admin, "/api/chapters/", body("content", onePiece, "chapter_number", "1",
                "title", "Romance Dawn", "release_date", "1997-07-22")).expect(201);

        Map<String, Object> chapter = created.json();
        assertThat(chapter).containsOnlyKeys("id", "content", "chapter_number", "title", "release_date",
                "created_at", "updated_at");
        assertThat(created.number("content")).isEqualTo(onePiece);
        assertThat(chapter).containsEntry("chapter_number", "1").containsEntry("title", "Romance Dawn")
                .containsEntry("release_date", "1997-07-22");
        assertThat(created.string("created_at")).endsWith("Z");
        assertThat(get(reader, "/api/chapters/{id}/", created.id()).expect(200).json()).isEqualTo(chapter);
        assertThat(get(reader, "/api/chapters/?content={id}", onePiece).expect(200).results())
                .containsExactly(chapter);
    }

    @Test
    void titleDefaultsToEmptyAndReleaseDateToNull() {
        Reply created = post(admin, "/api/chapters/", body("content", onePiece, "chapter_number", " 12 "))
                .expect(201);

        assertThat(created.json()).containsEntry("chapter_number", "12").containsEntry("title", "")
                .containsEntry("release_date", null);
        assertThat(get(reader, "/api/chapters/?content={id}", onePiece).expect(200).results())
                .containsExactly(created.json());
    }

    @Test
    void fieldsAreValidated() {
        post(admin, "/api/chapters/", body("chapter_number", "1")).expectInvalid("content");
        post(admin, "/api/chapters/", body("content", onePiece)).expectInvalid("chapter_number");
        post(admin, "/api/chapters/", body("content", onePiece, "chapter_number", "")).expectInvalid("chapter_number");
        post(admin, "/api/chapters/", body("content", onePiece, "chapter_number", "1".repeat(51)))
                .expectInvalid("chapter_number");
        post(admin, "/api/chapters/", body("content", onePiece, "chapter_number", "1", "title", "t".repeat(201)))
                .expectInvalid("title");
        post(admin, "/api/chapters/", body("content", onePiece, "chapter_number", "1", "release_date", "2024-13-01"))
                .expectInvalid("release_date");
        post(admin, "/api/chapters/", body("content", onePiece, "chapter_number", "1", "release_date", "yesterday"))
                .expectInvalid("release_date");
        post(admin, "/api/chapters/", body("content", onePiece, "chapter_number", "1", "release_date",
                "+999999999-12-31")).expectInvalid("release_date");
        post(admin, "/api/chapters/", body("content", onePiece, "chapter_number", "1", "release_date", 19000))
                .expectInvalid("release_date");
        post(admin, "/api/chapters/", body("content", "abc", "chapter_number", "1")).expectInvalid("content");
        assertThat(get(reader, "/api/chapters/").expect(200).number("count")).isZero();

        post(admin, "/api/chapters/", body("content", onePiece, "chapter_number", "1".repeat(50),
                "title", "t".repeat(200))).expect(201);
    }

    @Test
    void theContentMustExist() {
        long gone = catalog.content(catalog.category("Other"), "Gone");
        delete(admin, "/api/contents/{id}/", gone).expect(204);

        post(admin, "/api/chapters/", body("content", gone, "chapter_number", "1")).expectInvalid("content");
        long chapter = catalog.chapter(onePiece, "1");
        patch(admin, "/api/chapters/{id}/", Map.of("content", gone), chapter).expectInvalid("content");
        assertThat(get(reader, "/api/chapters/{id}/", chapter).expect(200).number("content")).isEqualTo(onePiece);
    }

    @Test
    void chapterNumberIsUniqueWithinAContentOnly() {
        long other = catalog.content(catalog.category("Novels"), "Dune");
        catalog.chapter(onePiece, "1");

        post(admin, "/api/chapters/", body("content", onePiece, "chapter_number", "1")).expectConflictOn("chapter_number");
        post(admin, "/api/chapters/", body("content", onePiece, "chapter_number", " 1 "))
                .expectConflictOn("chapter_number");
        post(admin, "/api/chapters/", body("content", other, "chapter_number", "1")).expect(201);

        assertThat(get(reader, "/api/chapters/?content={id}", onePiece).expect(200).number("count")).isEqualTo(1);
    }

    @Test
    void aNumberWrittenOtherwiseAtTheSamePlaceIsTaken() {
        catalog.chapter(onePiece, "07");
        long eight = catalog.chapter(onePiece, "8");

        for (String same : List.of("7", "7.0", "7.00")) {
            post(admin, "/api/chapters/", body("content", onePiece, "chapter_number", same))
                    .expectConflictOn("chapter_number");
        }
        patch(admin, "/api/chapters/{id}/", Map.of("chapter_number", "7"), eight).expectConflictOn("chapter_number");
        post(admin, "/api/chapters/range/", body("content", onePiece, "from", 5, "to", 7)).expectConflictOn("from");
        post(admin, "/api/chapters/", body("content", onePiece, "chapter_number", "7.5")).expect(201);

        assertThat(numbers("?content={id}", onePiece)).containsExactly("07", "7.5", "8");
    }

    @Test
    void renumberingOrMovingOntoATakenNumberIsAConflict() {
        long other = catalog.content(catalog.category("Novels"), "Dune");
        catalog.chapter(onePiece, "1");
        long second = catalog.chapter(onePiece, "2");
        long elsewhere = catalog.chapter(other, "1");

        patch(admin, "/api/chapters/{id}/", Map.of("chapter_number", "1"), second).expectConflictOn("chapter_number");
        put(admin, "/api/chapters/{id}/", body("content", onePiece, "chapter_number", "1"), second)
                .expectConflictOn("chapter_number");
        patch(admin, "/api/chapters/{id}/", Map.of("content", onePiece), elsewhere).expectConflictOn("chapter_number");

        assertThat(numbers("?content={id}", onePiece)).containsExactly("1", "2");
        assertThat(patch(admin, "/api/chapters/{id}/", Map.of("chapter_number", "2"), second).expect(200)
                .get("chapter_number")).isEqualTo("2");
    }

    @Test
    void patchChangesOnlyTheFieldsItGivesAndPutRequiresContentAndNumberAndKeepsTheRest() {
        Reply created = post(admin, "/api/chapters/", body("content", onePiece, "chapter_number", "1",
                "title", "Romance Dawn", "release_date", "1997-07-22")).expect(201);

        Reply patched = patch(admin, "/api/chapters/{id}/", Map.of("title", "Romance Dawn!"), created.id()).expect(200);
        assertThat(patched.json()).containsEntry("chapter_number", "1").containsEntry("title", "Romance Dawn!")
                .containsEntry("release_date", "1997-07-22");
        assertThat(patched.number("content")).isEqualTo(onePiece);

        patch(admin, "/api/chapters/{id}/", body("chapter_number", null), created.id()).expectInvalid("chapter_number");
        patch(admin, "/api/chapters/{id}/", body("content", null), created.id()).expectInvalid("content");
        assertThat(patch(admin, "/api/chapters/{id}/", body("release_date", null), created.id()).expect(200)
                .get("release_date")).isNull();

        put(admin, "/api/chapters/{id}/", body("chapter_number", "1"), created.id()).expectInvalid("content");
        put(admin, "/api/chapters/{id}/", body("content", onePiece), created.id()).expectInvalid("chapter_number");
        // as the original API's PUT: a client that sends the number alone does not erase the title
        Reply replaced = put(admin, "/api/chapters/{id}/", body("content", onePiece, "chapter_number", "1.5"),
                created.id()).expect(200);
        assertThat(replaced.json()).containsEntry("chapter_number", "1.5").containsEntry("title", "Romance Dawn!");
        assertThat(put(admin, "/api/chapters/{id}/", body("content", onePiece, "chapter_number", "1.5", "title", null),
                created.id()).expect(200).json()).containsEntry("title", "");
    }

    @Test
    void chaptersAreListedInNaturalOrderWithNonNumericLast() {
        for (String number : List.of("11", "Extra", "10.5", "2", "10", "1", "Bonus", "10.25", "100")) {
            catalog.chapter(onePiece, number);
        }

        assertThat(numbers("?content={id}", onePiece))
                .containsExactly("1", "2", "10", "10.25", "10.5", "11", "100", "Bonus", "Extra");
    }

    @Test
    void theNewestComeFirstOnRequestPageByPage() {
        for (String number : List.of("11", "Extra", "10.5", "2", "10", "1")) {
            catalog.chapter(onePiece, number);
        }

        assertThat(numbers("?content={id}&ordering=-chapter_number", onePiece))
                .containsExactly("Extra", "11", "10.5", "10", "2", "1");
        assertThat(numbers("?content={id}&ordering=-chapter_number&page=2&page_size=4", onePiece))
                .containsExactly("2", "1");
        assertThat(numbers("?content={id}&ordering=-chapter_number&search=1", onePiece))
                .containsExactly("11", "10.5", "10", "1");
        assertThat(numbers("?content={id}&ordering=chapter_number&page_size=2", onePiece)).containsExactly("1", "2");
        get(reader, "/api/chapters/?content={id}&ordering=title", onePiece).expectInvalid("ordering");
        get(reader, "/api/chapters/?content={id}&ordering=-", onePiece).expectInvalid("ordering");
    }

    @Test
    void renumberingMovesAChapterToItsNewPlace() {
        catalog.chapter(onePiece, "1");
        long moved = catalog.chapter(onePiece, "2");
        catalog.chapter(onePiece, "3");

        patch(admin, "/api/chapters/{id}/", Map.of("chapter_number", "20"), moved).expect(200);

        assertThat(numbers("?content={id}", onePiece)).containsExactly("1", "3", "20");
    }

    @Test
    void chaptersOfSeveralContentsAreGroupedByContent() {
        long dune = catalog.content(catalog.category("Novels"), "Dune");
        catalog.chapter(dune, "10");
        catalog.chapter(onePiece, "10");
        catalog.chapter(dune, "9");
        catalog.chapter(onePiece, "9");

        Reply list = get(reader, "/api/chapters/").expect(200);

        // onePiece was created first, so it has the smaller id
        assertThat(list.results("content")).containsExactly((int) onePiece, (int) onePiece, (int) dune, (int) dune);
        assertThat(list.results("chapter_number")).containsExactly("9", "10", "9", "10");
    }

    @Test
    void searchMatchesTitleOrNumberIgnoringCase() {
        catalog.chapter(onePiece, "1", "Romance Dawn");
        catalog.chapter(onePiece, "10", "The Strongest Man");
        catalog.chapter(onePiece, "10.5", "Side Story");
        catalog.chapter(onePiece, "2", "They Call Him Straw Hat Luffy");
        catalog.chapter(onePiece, "99", "Rated 100% _true_ \\o/");

        String search = "?content=" + onePiece + "&search={q}";
        assertThat(numbers(search, "10")).containsExactly("10", "10.5", "99");
        assertThat(numbers(search, "STR")).containsExactly("2", "10");
        assertThat(numbers("?search=dawn&content={id}", onePiece)).containsExactly("1");
        // LIKE's wildcards and its escape character are matched as themselves
        assertThat(numbers(search, "%")).containsExactly("99");
        assertThat(numbers(search, "_")).containsExactly("99");
        assertThat(numbers(search, "\\")).containsExactly("99");
        assertThat(numbers(search, "0%")).containsExactly("99");
        assertThat(numbers(search, "1_0")).isEmpty();
        assertThat(numbers("?search=")).hasSize(5);
    }

    @Test
    void searchIgnoresTheCaseOfNonAsciiLetters() {
        catalog.chapter(onePiece, "1", "Épisode de l'Été");
        catalog.chapter(onePiece, "2", "Ωμέγα");
        catalog.chapter(onePiece, "3", "episode");

        String search = "?content=" + onePiece + "&search={q}";
        assertThat(numbers(search, "épisode de l'été")).containsExactly("1");
        assertThat(numbers(search, "ÉPISODE")).containsExactly("1");
        assertThat(numbers(search, "ωμέγα")).containsExactly("2");
        assertThat(numbers(search, "ΜΈΓ")).containsExactly("2");
    }

    /** Section A's search, across every chapter the reader may see when no content is named. */
    @Test
    void aSearchWithoutAContentLooksThroughEveryVisibleChapter() {
        long solo = catalog.content(catalog.category("Manhwa"), "Solo Leveling");
        catalog.chapter(onePiece, "1", "Romance Dawn");
        catalog.chapter(solo, "1", "The Dawn of a Hunter");
        catalog.chapter(solo, "2", "Dungeon");
        Reply suggestion = post(reader, "/api/suggestions/", Map.of("title", "Dawn Saga", "feature_category",
                catalog.category("Novels"))).expect(201);
        catalog.chapter(suggestion.number("content"), "1", "Dawn of the proposer"); // pending: the proposer's alone
        Session other = user("other");

        assertThat(get(other, "/api/chapters/?search={q}", "DAWN").expect(200).results("title"))
                .containsExactlyInAnyOrder("Romance Dawn", "The Dawn of a Hunter");
        assertThat(numbers("?search={q}", "dawn")).hasSize(3);
        assertThat(numbers("?search={q}", "dungeon")).containsExactly("2");
        // a blank search is no search: every chapter, in natural order, as before
        assertThat(get(other, "/api/chapters/?search=").expect(200).number("count")).isEqualTo(3);
    }

    @Test
    void contentFilterMustNameAnExistingContent() {
        long empty = catalog.content(catalog.category("Novels"), "Dune");
        long gone = catalog.content(catalog.category("Old"), "Gone");
        delete(admin, "/api/contents/{id}/", gone).expect(204);
        catalog.chapter(onePiece, "1");

        assertThat(get(reader, "/api/chapters/?content={id}", empty).expect(200).number("count")).isZero();
        get(reader, "/api/chapters/?content={id}", gone).expectInvalid("content");
        get(reader, "/api/chapters/?content=abc").expectInvalid("content");
        get(reader, "/api/chapters/?content=1.5").expectInvalid("content");
        get(reader, "/api/chapters/?page=0").expectInvalid("page");
        get(reader, "/api/chapters/?page_size=x").expectInvalid("page_size");
        get(reader, "/api/chapters/?page=2").expectProblem(404);
    }

    @Test
    void chaptersArePaginated() {
        for (int i = 1; i <= 5; i++) {
            catalog.chapter(onePiece, String.valueOf(i));
        }

        Reply second = get(reader, "/api/chapters/?content={id}&page_size=2&page=2", onePiece).expect(200);

        assertThat(second.number("count")).isEqualTo(5);
        assertThat(second.results("chapter_number")).containsExactly("3", "4");
        assertThat(second.string("next")).isEqualTo(baseUrl() + "/api/chapters/?content=" + onePiece
                + "&page_size=2&page=3");
        assertThat(get(reader, "/api/chapters/?page_size=1000").expect(200).results()).hasSize(5);
    }

    @Test
    void aPageFarPastTheEndIsNotFoundNotAServerError() {
        catalog.chapter(onePiece, "1");

        get(reader, "/api/chapters/?page=2147483647").expectProblem(404);
        get(reader, "/api/chapters/?page=2147483647&page_size=100&content={id}", onePiece).expectProblem(404);
        get(reader, "/api/chapters/?search={q}", "\u0000").expectProblem(400);
    }

    @Test
    void unknownOrNonNumericIdsAreNotFound() {
        long id = catalog.chapter(onePiece, "1");
        delete(admin, "/api/chapters/{id}/", id).expect(204);

        get(reader, "/api/chapters/{id}/", id).expectProblem(404);
        patch(admin, "/api/chapters/{id}/", Map.of("title", "x"), id).expectProblem(404);
        put(admin, "/api/chapters/{id}/", body("content", onePiece, "chapter_number", "1"), id).expectProblem(404);
        delete(admin, "/api/chapters/{id}/", id).expectProblem(404);
        get(reader, "/api/chapters/abc/").expectProblem(404);
    }
}
