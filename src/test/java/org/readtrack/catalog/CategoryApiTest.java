package org.readtrack.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readtrack.support.ProblemResponses.expectProblem;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.readtrack.support.CatalogApiTest;
import org.readtrack.support.CatalogFixtures;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

class CategoryApiTest extends CatalogApiTest {

    private Session admin;
    private Session reader;
    private CatalogFixtures catalog;

    @BeforeEach
    void accounts() {
        admin = admin("curator");
        reader = user("reader");
        catalog = fixtures(admin);
    }

    @Test
    void createsACategoryWithEveryFieldOfTheContract() {
        Reply created = post(admin, "/api/categories/", Map.of("name", "Manga", "description", "Japanese comics"))
                .expect(201);

        Map<String, Object> category = created.json();
        assertThat(category).containsOnlyKeys("id", "name", "description", "created_at", "updated_at");
        assertThat(category.get("id")).isInstanceOf(Number.class);
        assertThat(category.get("name")).isEqualTo("Manga");
        assertThat(category.get("description")).isEqualTo("Japanese comics");
        assertThat((String) category.get("created_at")).endsWith("Z");
        assertThat((String) category.get("updated_at")).endsWith("Z");

        assertThat(get(reader, "/api/categories/{id}/", created.id()).expect(200).json()).isEqualTo(category);
    }

    @Test
    void descriptionDefaultsToEmptyAndNamesAreTrimmed() {
        Reply created = post(admin, "/api/categories/", Map.of("name", "  Novels  ")).expect(201);

        assertThat(created.get("name")).isEqualTo("Novels");
        assertThat(created.get("description")).isEqualTo("");
    }

    @Test
    void aNameOfAnEmojiOrOfOneCjkCharacterIsVisible() {
        for (String name : List.of("🙂", "漫", "\u00a0Manhwa", "👨‍👩‍👧")) {
            assertThat(post(admin, "/api/categories/", Map.of("name", name)).expect(201).get("name")).isEqualTo(name);
        }
    }

    @Test
    void nameIsRequiredNotBlankAndAtMostOneHundredCharacters() {
        post(admin, "/api/categories/", Map.of("description", "no name")).expectInvalid("name");
        post(admin, "/api/categories/", body("name", null)).expectInvalid("name");
        post(admin, "/api/categories/", Map.of("name", "   ")).expectInvalid("name");
        // invisible all the same: a no-break space, a zero-width space, a byte-order mark, the braille blank
        for (String invisible : List.of("\u00a0", "\u200b", "\ufeff", "\u2800", " \u00a0\u200b ")) {
            post(admin, "/api/categories/", Map.of("name", invisible)).expectInvalid("name");
        }
        post(admin, "/api/categories/", Map.of("name", "x".repeat(101))).expectInvalid("name");
        post(admin, "/api/categories/", Map.of("name", "Long", "description", "d".repeat(10_001)))
                .expectInvalid("description");

        post(admin, "/api/categories/", Map.of("name", "x".repeat(100))).expect(201);
        assertThat(get(reader, "/api/categories/").expect(200).number("count")).isEqualTo(1);
    }

    @Test
    void nameIsUniqueIgnoringCase() {
        catalog.category("Manga");

        Reply duplicate = post(admin, "/api/categories/", Map.of("name", "mANGA")).expectConflictOn("name");

        assertThat(duplicate.errors().get("name")).isNotEmpty();
        assertThat(get(reader, "/api/categories/").expect(200).number("count")).isEqualTo(1);
    }

    @Test
    void nameUniquenessFoldsNonAsciiLettersToo() {
        catalog.category("Été");
        catalog.category("Straße");

        post(admin, "/api/categories/", Map.of("name", "ÉTÉ")).expectConflictOn("name");
        post(admin, "/api/categories/", Map.of("name", "STRASSE")).expectConflictOn("name");
    }

    @Test
    void renamingToAnotherCategorysNameIsAConflictButChangingTheCaseOfItsOwnNameIsNot() {
        catalog.category("Manga");
        long novels = catalog.category("Novels");

        patch(admin, "/api/categories/{id}/", Map.of("name", "manga"), novels).expectConflictOn("name");
        put(admin, "/api/categories/{id}/", Map.of("name", "MANGA"), novels).expectConflictOn("name");
        assertThat(get(reader, "/api/categories/{id}/", novels).expect(200).get("name")).isEqualTo("Novels");

        assertThat(patch(admin, "/api/categories/{id}/", Map.of("name", "NOVELS"), novels).expect(200).get("name"))
                .isEqualTo("NOVELS");
    }

    @Test
    void patchChangesOnlyTheFieldsItGives() {
        Reply created = post(admin, "/api/categories/", Map.of("name", "Manga", "description", "comics"))
                .expect(201);
        clock.advance(Duration.ofSeconds(1));

        Reply patched = patch(admin, "/api/categories/{id}/", Map.of("description", "Japanese comics"), created.id())
                .expect(200);

        assertThat(patched.get("name")).isEqualTo("Manga");
        assertThat(patched.get("description")).isEqualTo("Japanese comics");
        assertThat(patched.get("created_at")).isEqualTo(created.get("created_at"));
        assertThat(patched.instant("updated_at")).isAfter(created.instant("updated_at"));
    }

    @Test
    void patchWithAnExplicitNullNameIsRefusedAndChangesNothing() {
        long id = catalog.category("Manga");

        patch(admin, "/api/categories/{id}/", body("name", null), id).expectInvalid("name");
        patch(admin, "/api/categories/{id}/", Map.of("name", " "), id).expectInvalid("name");

        assertThat(get(reader, "/api/categories/{id}/", id).expect(200).get("name")).isEqualTo("Manga");
    }

    @Test
    void putReplacesTheWholeCategoryAndIsValidatedLikePost() {
        long id = post(admin, "/api/categories/", Map.of("name", "Manga", "description", "comics")).expect(201).id();

        put(admin, "/api/categories/{id}/", Map.of("description", "no name"), id).expectInvalid("name");

        Reply replaced = put(admin, "/api/categories/{id}/", Map.of("name", "Comics"), id).expect(200);
        assertThat(replaced.get("name")).isEqualTo("Comics");
        assertThat(replaced.get("description")).as("left out of a full replacement").isEqualTo("");
    }

    @Test
    void unknownOrNonNumericIdsAreNotFound() {
        long id = catalog.category("Manga");
        delete(admin, "/api/categories/{id}/", id).expect(204);

        get(reader, "/api/categories/{id}/", id).expectProblem(404);
        put(admin, "/api/categories/{id}/", Map.of("name", "X"), id).expectProblem(404);
        patch(admin, "/api/categories/{id}/", Map.of("name", "X"), id).expectProblem(404);
        delete(admin, "/api/categories/{id}/", id).expectProblem(404);
        get(reader, "/api/categories/abc/").expectProblem(404);
    }

    @Test
    void deletingAnEmptyCategoryRemovesIt() {
        long id = catalog.category("Manga");

        delete(admin, "/api/categories/{id}/", id).expect(204);

        get(reader, "/api/categories/{id}/", id).expect(404);
        assertThat(get(reader, "/api/categories/").expect(200).number("count")).isZero();
    }

    @Test
    void deletingACategoryWithContentsIsRefusedAndKeepsEverything() {
        long manga = catalog.category("Manga");
        long content = catalog.content(manga, "One Piece");
        catalog.chapter(content, "1");

        Reply refused = delete(admin, "/api/categories/{id}/", manga).expectProblem(409);

        assertThat(refused.number("content_count")).isEqualTo(1);
        get(reader, "/api/categories/{id}/", manga).expect(200);
        assertThat(get(reader, "/api/contents/{id}/", content).expect(200).number("chapter_count")).isEqualTo(1);

        delete(admin, "/api/contents/{id}/", content).expect(204);
        delete(admin, "/api/categories/{id}/", manga).expect(204);
    }

    @Test
    void listIsOrderedByNameIgnoringCaseAndPaginated() {
        catalog.category("novels");
        catalog.category("Manga");
        catalog.category("comics");
        catalog.category("Webtoons");

        Reply first = get(reader, "/api/categories/?page_size=3").expect(200);

        assertThat(first.number("count")).isEqualTo(4);
        assertThat(first.results("name")).containsExactly("comics", "Manga", "novels");
        assertThat(first.string("next")).isEqualTo(baseUrl() + "/api/categories/?page_size=3&page=2");
        assertThat(first.get("previous")).isNull();

        Reply second = get(reader, "/api/categories/?page_size=3&page=2").expect(200);
        assertThat(second.results("name")).containsExactly("Webtoons");
        assertThat(second.get("next")).isNull();
        assertThat(second.string("previous")).isEqualTo(baseUrl() + "/api/categories/?page_size=3");
    }

    /** As every other list: an order it does not take is refused, naming those it does (once ignored). */
    @Test
    void orderingTakesTheNameEitherWayAndRefusesAnythingElse() {
        catalog.category("novels");
        catalog.category("Manga");
        catalog.category("comics");

        for (String ordering : List.of("", "name", " name ")) {
            assertThat(get(reader, "/api/categories/?ordering={o}", ordering).expect(200).results("name"))
                    .as(ordering).containsExactly("comics", "Manga", "novels");
        }
        assertThat(get(reader, "/api/categories/?ordering=-name&page_size=2").expect(200).results("name"))
                .containsExactly("novels", "Manga");
        assertThat(get(reader, "/api/categories/?ordering=-name&page_size=2&page=2").expect(200).results("name"))
                .containsExactly("comics");
        for (String ordering : List.of("bogus", "created_at", "-", "name,id", "--name")) {
            assertThat(get(reader, "/api/categories/?ordering={o}", ordering).expectInvalid("ordering")
                    .errors().get("ordering")).as(ordering).containsExactly("Invalid ordering \"" + ordering
                            + "\". Use one of name, with a leading - for descending order.");
        }
    }

    @Test
    void searchMatchesNameOrDescriptionIgnoringCase() {
        post(admin, "/api/categories/", Map.of("name", "Manga", "description", "Japanese comics")).expect(201);
        post(admin, "/api/categories/", Map.of("name", "Novels", "description", "Long prose")).expect(201);
        post(admin, "/api/categories/", Map.of("name", "Comics", "description", "Western")).expect(201);

        assertThat(get(reader, "/api/categories/?search={q}", "COMIC").expect(200).results("name"))
                .containsExactly("Comics", "Manga");
        assertThat(get(reader, "/api/categories/?search={q}", "prose").expect(200).results("name"))
                .containsExactly("Novels");
        assertThat(get(reader, "/api/categories/?search={q}", "%").expect(200).results()).isEmpty();
    }

    @Test
    void searchFindsNonAsciiNamesWhateverTheirCase() {
        catalog.category("Été");
        catalog.category("Winter");

        assertThat(get(reader, "/api/categories/?search={q}", "été").expect(200).results("name"))
                .containsExactly("Été");
        assertThat(get(reader, "/api/categories/?search={q}", "ÉT").expect(200).results("name"))
                .containsExactly("Été");
    }

    @Test
    void searchFindsNonAsciiDescriptionsWhateverTheirCase() {
        post(admin, "/api/categories/", Map.of("name", "Bande dessinée", "description", "Écoles FRANCO-BELGES")).expect(201);
        post(admin, "/api/categories/", Map.of("name", "Manga", "description", "Japon")).expect(201);

        assertThat(get(reader, "/api/categories/?search={q}", "écoles").expect(200).results("name"))
                .containsExactly("Bande dessinée");
    }

    @Test
    void invalidPaginationIsABadRequestAndAPagePastTheEndIsNotFound() {
        catalog.category("Manga");

        get(reader, "/api/categories/?page=0").expectInvalid("page");
        get(reader, "/api/categories/?page=abc").expectInvalid("page");
        get(reader, "/api/categories/?page_size=0").expectInvalid("page_size");
        get(reader, "/api/categories/?page_size=-5").expectInvalid("page_size");
        get(reader, "/api/categories/?page=2").expectProblem(404);
        assertThat(get(reader, "/api/categories/?page=1").expect(200).results()).hasSize(1);
    }

    @Test
    void aPageFarPastTheEndIsNotFoundNotAServerError() {
        catalog.category("Manga");

        get(reader, "/api/categories/?page=2147483647").expectProblem(404);
        get(reader, "/api/categories/?page=107374183&page_size=20").expectProblem(404);
    }

    @Test
    void aBodyThatIsNotJsonIsUnsupported() {
        http.post().uri("/api/categories/").header(HttpHeaders.AUTHORIZATION, admin.bearer())
                .contentType(MediaType.TEXT_PLAIN).body("name=Manga")
                .exchange()
                .expectStatus().isEqualTo(415)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(get(reader, "/api/categories/").expect(200).number("count")).isZero();
    }

    @Test
    void malformedOrMisTypedBodiesAreRefusedWithAProblem() {
        post(admin, "/api/categories/", "{\"name\": ").expectProblem(400);
        post(admin, "/api/categories/", "[1, 2]").expectProblem(400);
        post(admin, "/api/categories/", "").expectProblem(400);
        assertThat(get(reader, "/api/categories/").expect(200).number("count")).isZero();
    }

    @Test
    void pathsWorkWithAndWithoutTheTrailingSlash() {
        long id = catalog.category("Manga");

        get(reader, "/api/categories").expect(200);
        get(reader, "/api/categories/{id}", id).expect(200);
        patch(admin, "/api/categories/{id}", Map.of("description", "x"), id).expect(200);
    }

    /** An id is decimal digits: Spring would also read 0x8, #8 or +8 as 8, and answer one category at many addresses. */
    @Test
    void anIdIsWrittenInDecimalDigitsOnly() {
        long manga = fixtures(admin).category("Manga");
        String hex = Long.toHexString(manga);

        get(reader, "/api/categories/" + manga + "/").expect(200);
        for (String other : List.of("0x" + hex, "%23" + hex, "%2B" + manga, "+" + manga)) {
            // as written: the client's URI template would escape the % signs again
            expectProblem(http.get().uri(URI.create(baseUrl() + "/api/categories/" + other + "/"))
                    .header("Authorization", reader.bearer()).exchange(), 404);
        }
        get(reader, "/api/contents/?feature_category=0x" + hex).expectInvalid("feature_category");
        get(reader, "/api/contents/?feature_category=" + manga).expect(200);
    }
}
