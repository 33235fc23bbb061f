package org.readtrack.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.readtrack.support.CatalogApiTest;
import org.readtrack.support.CatalogFixtures;

/** Filters, search, ordering and pagination of {@code GET /api/contents/}. */
class ContentListTest extends CatalogApiTest {

    private Session reader;
    private CatalogFixtures catalog;
    private long manga;
    private long novels;

    @BeforeEach
    void accountsAndCategories() {
        reader = user("reader");
        catalog = fixtures(admin("curator"));
        manga = catalog.category("Manga");
        novels = catalog.category("Novels");
    }

    private List<Object> titles(String query, Object... variables) {
        return get(reader, "/api/contents/" + query, variables).expect(200).results("title");
    }

    @Test
    void defaultOrderIsAlphabeticalIgnoringCaseAccentsAndPunctuation() {
        for (String title : List.of("b", "Été", "B", "a", "A", "zz", "L’Écume", "Leon")) {
            // one category refuses titles alike: their twins go to the other
            catalog.content(title.equals("A") || title.equals("B") ? novels : manga, title);
        }

        // titles alike but for case go by creation, the same both ways round
        List<String> alphabetical = List.of("a", "A", "b", "B", "Été", "L’Écume", "Leon", "zz");
        assertThat(titles("")).containsExactlyElementsOf(alphabetical);
        assertThat(titles("?ordering=title")).containsExactlyElementsOf(alphabetical);
        assertThat(titles("?ordering=-title")).containsExactly("zz", "Leon", "L’Écume", "Été", "B", "b", "A", "a");
    }

    @Test
    void aRenamedContentTakesItsNewPlace() {
        long zulu = catalog.content(manga, "Zulu");
        catalog.content(manga, "Mike");

        patch(catalog.admin(), "/api/contents/{id}/", Map.of("title", "alpha"), zulu).expect(200);

        assertThat(titles("?ordering=title")).containsExactly("alpha", "Mike");
    }

    @Test
    void ordersByCreationOrUpdateTimeEitherWay() {
        long first = catalog.content(manga, "Charlie");
        clock.advance(Duration.ofSeconds(1));
        catalog.content(manga, "Alpha");
        clock.advance(Duration.ofSeconds(1));
        catalog.content(manga, "Bravo");
        clock.advance(Duration.ofSeconds(1));
        patch(catalog.admin(), "/api/contents/{id}/", Map.of("author", "someone"), first).expect(200);

        assertThat(titles("?ordering=created_at")).containsExactly("Charlie", "Alpha", "Bravo");
        assertThat(titles("?ordering=-created_at")).containsExactly("Bravo", "Alpha", "Charlie");
        assertThat(titles("?ordering=updated_at")).containsExactly("Alpha", "Bravo", "Charlie");
        assertThat(titles("?ordering=-updated_at")).containsExactly("Charlie", "Bravo", "Alpha");
    }

    @Test
    void commaSeparatedOrderingBreaksTiesWithTheNextField() {
        for (String title : List.of("Bravo", "Alpha", "Charlie")) {
            catalog.content(manga, title);
        }
        // the same creation time for all three, so that only the second field decides
        jdbc.update("UPDATE contents SET created_at = (SELECT min(created_at) FROM contents)");

        assertThat(titles("?ordering=created_at,-title")).containsExactly("Charlie", "Bravo", "Alpha");
        assertThat(titles("?ordering=-created_at,title")).containsExactly("Alpha", "Bravo", "Charlie");
        assertThat(titles("?ordering= created_at , title ")).containsExactly("Alpha", "Bravo", "Charlie");
    }

    @Test
    void unknownOrderingIsABadRequest() {
        catalog.content(manga, "A");

        assertThat(get(reader, "/api/contents/?ordering=rating").expectInvalid("ordering").errors().get("ordering"))
                .containsExactly("Invalid ordering \"rating\". Use one of title, created_at, updated_at,"
                        + " with a leading - for descending order.");
        get(reader, "/api/contents/?ordering=title,author").expectInvalid("ordering");
        get(reader, "/api/contents/?ordering=-").expectInvalid("ordering");
        get(reader, "/api/contents/?ordering={o}", "title; DROP TABLE contents").expectInvalid("ordering");
        assertThat(titles("")).containsExactly("A");
    }

    @Test
    void filtersByCategoryStatusAndLanguage() {
        catalog.content(manga, "Berserk", Map.of("status", "hiatus", "language", "ja"));
        catalog.content(manga, "Monster", Map.of("status", "completed", "language", "ja"));
        catalog.content(novels, "Dune", Map.of("status", "completed", "language", "en"));
        catalog.content(novels, "Les Misérables", Map.of("status", "completed"));

        assertThat(titles("?feature_category={id}", manga)).containsExactly("Berserk", "Monster");
        assertThat(titles("?status=completed")).containsExactly("Dune", "Les Misérables", "Monster");
        assertThat(titles("?language=ja")).containsExactly("Berserk", "Monster");
        assertThat(titles("?language=fr")).containsExactly("Les Misérables");
        assertThat(titles("?feature_category={id}&status=completed&language=en", novels)).containsExactly("Dune");
        assertThat(titles("?feature_category={id}&status=hiatus", novels)).isEmpty();
    }

    @Test
    void anExistingCategoryWithoutContentsIsAnEmptyList() {
        long empty = catalog.category("Empty");
        catalog.content(manga, "A");

        Reply list = get(reader, "/api/contents/?feature_category={id}", empty).expect(200);

        assertThat(list.number("count")).isZero();
        assertThat(list.results()).isEmpty();
    }

    @Test
    void invalidFilterValuesAreBadRequestsNeverServerErrors() {
        catalog.content(manga, "A");
        long gone = catalog.category("Gone");
        delete(catalog.admin(), "/api/categories/{id}/", gone).expect(204);

        get(reader, "/api/contents/?feature_category=abc").expectInvalid("feature_category");
        get(reader, "/api/contents/?feature_category=1.5").expectInvalid("feature_category");
        get(reader, "/api/contents/?feature_category=99999999999999999999").expectInvalid("feature_category");
        get(reader, "/api/contents/?feature_category={id}", gone).expectInvalid("feature_category");
        get(reader, "/api/contents/?feature_category={id}&page=3", gone).expectInvalid("feature_category");
        get(reader, "/api/contents/?status=abandoned").expectInvalid("status");
        get(reader, "/api/contents/?page=0").expectInvalid("page");
        get(reader, "/api/contents/?page=-1").expectInvalid("page");
        get(reader, "/api/contents/?page=x").expectInvalid("page");
        get(reader, "/api/contents/?page_size=0").expectInvalid("page_size");
        get(reader, "/api/contents/?page_size=ten").expectInvalid("page_size");
    }

    @Test
    void aPageFarPastTheEndIsNotFoundNotAServerError() {
        catalog.content(manga, "A");

        get(reader, "/api/contents/?page=2147483647").expectProblem(404);
        get(reader, "/api/contents/?page=2147483647&page_size=100").expectProblem(404);
        get(reader, "/api/contents/?page=2147483648").expectProblem(404);
        get(reader, "/api/contents/?page=99999999999999999999999").expectProblem(404);
    }

    @Test
    void aPageSizeTooLargeForAnyNumberTypeIsCappedLikeAnyOther() {
        catalog.content(manga, "A");

        Reply list = get(reader, "/api/contents/?page_size=1000000000000").expect(200);

        assertThat(list.number("count")).isEqualTo(1);
        assertThat(list.results()).hasSize(1);
        assertThat(list.get("next")).isNull();
    }

    @Test
    void nulCharactersInTheQueryAreRefused() {
        catalog.content(manga, "A");

        get(reader, "/api/contents/?search={q}", "a\u0000b").expectProblem(400);
        get(reader, "/api/contents/?language={q}", "\u0000").expectProblem(400);
    }

    @Test
    void searchIsACaseInsensitiveSubstringOfTitleOrAuthor() {
        catalog.content(manga, "Fullmetal Alchemist", Map.of("author", "Hiromu Arakawa"));
        catalog.content(manga, "Silver Spoon", Map.of("author", "Hiromu Arakawa"));
        catalog.content(novels, "The Metamorphosis", Map.of("author", "Franz Kafka"));
        catalog.content(novels, "Dune", Map.of("author", "Frank Herbert"));

        assertThat(titles("?search=metal")).containsExactly("Fullmetal Alchemist");
        assertThat(titles("?search=META")).containsExactly("Fullmetal Alchemist", "The Metamorphosis");
        assertThat(titles("?search=arakawa")).containsExactly("Fullmetal Alchemist", "Silver Spoon");
        assertThat(titles("?search=FRAN")).containsExactly("Dune", "The Metamorphosis");
        assertThat(titles("?search={q}", "  dune  ")).containsExactly("Dune");
        assertThat(titles("?search=zzz")).isEmpty();
        assertThat(titles("?search=")).hasSize(4);
    }

    @Test
    void shortSearchesOfOneOrTwoLettersWorkToo() {
        catalog.content(manga, "Go", Map.of("author", "X"));
        catalog.content(manga, "Pluto", Map.of("author", "Naoki Urasawa"));
        catalog.content(novels, "Dune");

        assertThat(titles("?search=GO")).containsExactly("Go");
        assertThat(titles("?search=ur")).containsExactly("Pluto");
        assertThat(titles("?search=u")).containsExactly("Dune", "Pluto");
        assertThat(titles("?search=x")).containsExactly("Go");
    }

    @Test
    void searchFindsNonAsciiTitlesWhateverTheCaseAndAccents() {
        catalog.content(novels, "Été au lac", Map.of("author", "Zoé Ändersen"));
        catalog.content(novels, "L'ÉTÉ INDIEN");
        catalog.content(novels, "Hiver");
        catalog.content(manga, "Pokémon Adventures");
        catalog.content(novels, "İstanbul Hatırası");
        catalog.content(novels, "istanbul, a memory");

        assertThat(titles("?search={q}", "été")).containsExactly("Été au lac", "L'ÉTÉ INDIEN");
        assertThat(titles("?search={q}", "ÉTÉ")).containsExactly("Été au lac", "L'ÉTÉ INDIEN");
        assertThat(titles("?search={q}", "ete")).containsExactly("Été au lac", "L'ÉTÉ INDIEN");
        assertThat(titles("?search={q}", "ZOÉ")).containsExactly("Été au lac");
        assertThat(titles("?search={q}", "andersen")).containsExactly("Été au lac");
        assertThat(titles("?search={q}", "pokemon")).containsExactly("Pokémon Adventures");
        assertThat(titles("?search={q}", "POKÉMON")).containsExactly("Pokémon Adventures");
        // the dotted capital I of Turkish: one rule on both databases, whatever PostgreSQL's collation
        assertThat(titles("?search={q}", "istanbul")).containsExactly("istanbul, a memory", "İstanbul Hatırası");
        assertThat(titles("?search={q}", "İSTANBUL")).containsExactly("istanbul, a memory", "İstanbul Hatırası");
    }

    @Test
    void shortNonAsciiSearchesIgnoreCaseAndAccentsToo() {
        catalog.content(novels, "Été au lac");
        catalog.content(novels, "ÉCOLE", Map.of("author", "Ødegaard"));
        catalog.content(novels, "Hiver");

        assertThat(titles("?search={q}", "ét")).containsExactly("Été au lac");
        assertThat(titles("?search={q}", "ÉT")).containsExactly("Été au lac");
        assertThat(titles("?search={q}", "éc")).containsExactly("ÉCOLE");
        assertThat(titles("?search={q}", "é")).containsExactly("ÉCOLE", "Été au lac", "Hiver");
        assertThat(titles("?search={q}", "ø")).containsExactly("ÉCOLE");
        assertThat(titles("?search={q}", "hI")).containsExactly("Hiver");
    }

    @Test
    void searchIgnoresPunctuationAndTakesNoWildcard() {
        catalog.content(manga, "100% Orange Juice");
        catalog.content(manga, "snake_case");
        catalog.content(manga, "Say \"hello\"");
        catalog.content(manga, "Re:Zero − Starting Life in Another World");
        catalog.content(manga, "Spy×Family");

        assertThat(titles("?search={q}", "0% o")).containsExactly("100% Orange Juice");
        assertThat(titles("?search={q}", "e_c")).containsExactly("snake_case");
        assertThat(titles("?search={q}", "snake case")).containsExactly("snake_case");
        assertThat(titles("?search={q}", "\"hello\"")).containsExactly("Say \"hello\"");
        assertThat(titles("?search={q}", "re zero")).containsExactly("Re:Zero − Starting Life in Another World");
        assertThat(titles("?search={q}", "spy family")).containsExactly("Spy×Family");
        // when the phrase is nowhere, its words in any order, if each is long enough to tell titles apart
        assertThat(titles("?search={q}", "family spy")).containsExactly("Spy×Family");
        assertThat(titles("?search={q}", "world starting zero")).containsExactly("Re:Zero − Starting Life in Another World");
        assertThat(titles("?search={q}", "juice orange")).containsExactly("100% Orange Juice");
        assertThat(titles("?search={q}", "juice or")).isEmpty();
        assertThat(titles("?search={q}", "AND OR NOT * ( ) :")).isEmpty();
        assertThat(titles("?search={q}", "ca_e")).isEmpty();
        // nothing but punctuation is no search at all, as an empty one
        assertThat(titles("?search={q}", "%")).hasSize(5);
        assertThat(titles("?search={q}", "\"")).hasSize(5);
    }

    @Test
    void searchFollowsRenames() {
        long id = catalog.content(manga, "Old Title");

        patch(catalog.admin(), "/api/contents/{id}/", Map.of("title", "New Name", "author", "Someone"), id).expect(200);

        assertThat(titles("?search=old")).isEmpty();
        assertThat(titles("?search={q}", "new nam")).containsExactly("New Name");
        assertThat(titles("?search=someone")).containsExactly("New Name");
        delete(catalog.admin(), "/api/contents/{id}/", id).expect(204);
        assertThat(titles("?search=new")).isEmpty();
    }

    @Test
    void searchCombinesWithFiltersOrderingAndPagination() {
        catalog.content(manga, "Naruto", Map.of("status", "completed"));
        catalog.content(manga, "Boruto", Map.of("status", "ongoing"));
        catalog.content(novels, "Rutoland", Map.of("status", "completed"));
        catalog.content(manga, "Other");

        assertThat(titles("?search=ruto&feature_category={id}&ordering=-title", manga))
                .containsExactly("Naruto", "Boruto");
        assertThat(titles("?search=ruto&status=completed")).containsExactly("Naruto", "Rutoland");

        Reply page = get(reader, "/api/contents/?search=ruto&page_size=2&page=2").expect(200);
        assertThat(page.number("count")).isEqualTo(3);
        assertThat(page.results("title")).containsExactly("Rutoland");
    }

    @Test
    void paginatesWithCountAndAbsoluteLinksKeepingTheQuery() {
        for (int i = 1; i <= 5; i++) {
            catalog.content(manga, "Title " + i, Map.of("status", "completed"));
        }
        catalog.content(manga, "Not completed");

        Reply first = get(reader, "/api/contents/?status=completed&page_size=2").expect(200);
        assertThat(first.number("count")).isEqualTo(5);
        assertThat(first.results("title")).containsExactly("Title 1", "Title 2");
        assertThat(first.get("previous")).isNull();
        assertThat(first.string("next"))
                .isEqualTo(baseUrl() + "/api/contents/?status=completed&page_size=2&page=2");

        Reply second = get(reader, first.string("next").substring(baseUrl().length())).expect(200);
        assertThat(second.results("title")).containsExactly("Title 3", "Title 4");
        assertThat(second.string("previous")).isEqualTo(baseUrl() + "/api/contents/?status=completed&page_size=2");

        Reply last = get(reader, "/api/contents?status=completed&page_size=2&page=3").expect(200);
        assertThat(last.number("count")).isEqualTo(5);
        assertThat(last.results("title")).containsExactly("Title 5");
        assertThat(last.get("next")).isNull();
        assertThat(last.string("previous"))
                .isEqualTo(baseUrl() + "/api/contents/?status=completed&page_size=2&page=2");

        get(reader, "/api/contents/?status=completed&page_size=2&page=4").expectProblem(404);
    }

    @Test
    void aFullLastPageStillCountsRight() {
        for (int i = 1; i <= 4; i++) {
            catalog.content(manga, "Title " + i);
        }

        Reply second = get(reader, "/api/contents/?page_size=2&page=2").expect(200);

        assertThat(second.number("count")).isEqualTo(4);
        assertThat(second.get("next")).isNull();
        get(reader, "/api/contents/?page_size=2&page=3").expectProblem(404);
    }

    @Test
    void pageSizeDefaultsToTwentyAndIsCappedAtOneHundred() {
        for (int i = 0; i < 105; i++) {
            catalog.content(manga, String.format("T%03d", i));
        }

        Reply defaults = get(reader, "/api/contents/").expect(200);
        assertThat(defaults.number("count")).isEqualTo(105);
        assertThat(defaults.results()).hasSize(20);

        Reply capped = get(reader, "/api/contents/?page_size=1000").expect(200);
        assertThat(capped.results()).hasSize(100);
        assertThat(get(reader, "/api/contents/?page_size=1000&page=2").expect(200).results("title"))
                .containsExactly("T100", "T101", "T102", "T103", "T104");
    }

    @Test
    void anEmptyCatalogIsAnEmptyFirstPage() {
        Reply list = get(reader, "/api/contents/").expect(200);

        assertThat(list.json()).containsEntry("count", 0).containsEntry("next", null)
                .containsEntry("previous", null).containsEntry("results", List.of());
        get(reader, "/api/contents/?page=2").expectProblem(404);
    }
}
