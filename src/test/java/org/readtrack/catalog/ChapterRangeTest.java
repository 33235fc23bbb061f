package org.readtrack.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.readtrack.support.CatalogApiTest;
import org.readtrack.support.CatalogFixtures;

/**
 * {@code POST /api/chapters/range/}: a whole run of chapters in one request, all or nothing unless told to skip;
 * {@code DELETE} there: the way back.
 */
class ChapterRangeTest extends CatalogApiTest {

    private Session admin;
    private Session reader;
    private long content;

    @BeforeEach
    void aContent() {
        admin = admin("curator");
        reader = user("reader");
        CatalogFixtures catalog = fixtures(admin);
        content = catalog.content(catalog.category("Manga"), "Blue Period");
    }

    private List<Object> numbers() {
        return get(reader, "/api/chapters/?content={id}&page_size=100", content).expect(200).results("chapter_number");
    }

    @Test
    void addsEveryChapterOfTheRangeInNaturalOrderWithTheirReleaseDate() {
        Reply reply = post(admin, "/api/chapters/range/", body("content", content, "from", 1, "to", 12,
                "release_date", "2026-11-30")).expect(201);

        assertThat(reply.number("created")).isEqualTo(12);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> chapters = (List<Map<String, Object>>) reply.json().get("chapters");
        assertThat(chapters).hasSize(12).allSatisfy(chapter -> assertThat(chapter)
                .containsEntry("content", (int) content).containsEntry("release_date", "2026-11-30")
                .containsKeys("id", "title", "created_at"));
        assertThat(numbers()).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12");
        assertThat(get(reader, "/api/contents/{id}/", content).expect(200).number("chapter_count")).isEqualTo(12);
    }

    @Test
    void aNumberTheContentAlreadyHasStopsTheWholeRange() {
        post(admin, "/api/chapters/", body("content", content, "chapter_number", "7")).expect(201);

        Reply refused = post(admin, "/api/chapters/range/", body("content", content, "from", 1, "to", 10))
                .expectConflictOn("from");

        assertThat(refused.errors().get("from").get(0)).contains("chapter 7");
        assertThat(numbers()).containsExactly("7");
    }

    @Test
    void aRefusedRangeNamesEveryNumberInTheWay() {
        post(admin, "/api/chapters/range/", body("content", content, "from", 3, "to", 6)).expect(201);
        post(admin, "/api/chapters/", body("content", content, "chapter_number", "9")).expect(201);

        Reply refused = post(admin, "/api/chapters/range/", body("content", content, "from", 1, "to", 10))
                .expectConflictOn("from");

        assertThat(refused.errors().get("from")).containsExactly(
                "This content already has chapters 3–6, 9; nothing was added.");
        assertThat(numbers()).containsExactly("3", "4", "5", "6", "9");
    }

    @Test
    void askedToSkipThemTheNumbersTheContentHasAreLeftOutAndTheOthersAdded() {
        post(admin, "/api/chapters/range/", body("content", content, "from", 1, "to", 3)).expect(201);
        // written otherwise, the same place: "05" is chapter 5
        post(admin, "/api/chapters/", body("content", content, "chapter_number", "05", "title", "Kept")).expect(201);

        Reply reply = post(admin, "/api/chapters/range/", body("content", content, "from", 2, "to", 6,
                "skip_existing", true)).expect(201);

        assertThat(reply.number("created")).isEqualTo(2);
        assertThat(reply.number("skipped")).isEqualTo(3);
        assertThat(numbers()).containsExactly("1", "2", "3", "4", "05", "6");
        post(admin, "/api/chapters/range/", body("content", content, "from", 1, "to", 6, "skip_existing", true))
                .expect(201);
        assertThat(get(reader, "/api/contents/{id}/", content).expect(200).number("chapter_count")).isEqualTo(6);
        // false, or left out, is the all-or-nothing range
        post(admin, "/api/chapters/range/", body("content", content, "from", 6, "to", 8, "skip_existing", false))
                .expectConflictOn("from");
        assertThat(numbers()).hasSize(6);
    }

    @Test
    void refusesBackwardsHugeOrIncompleteRangesAndUnknownContents() {
        post(admin, "/api/chapters/range/", body("content", content, "from", 10, "to", 1)).expectInvalid("to");
        post(admin, "/api/chapters/range/", body("content", content, "from", 1, "to", 2_000)).expect(201);
        post(admin, "/api/chapters/range/", body("content", content, "from", 3_000, "to", 5_000))
                .expectInvalid("to");
        post(admin, "/api/chapters/range/", body("content", content, "from", -1, "to", 3)).expectInvalid("from");
        post(admin, "/api/chapters/range/", body("content", content, "to", 3)).expectInvalid("from");
        post(admin, "/api/chapters/range/", body("content", 999_999, "from", 1, "to", 3)).expectInvalid("content");
        assertThat(get(reader, "/api/chapters/?content={id}", content).expect(200).number("count")).isEqualTo(2_000);
    }

    @Test
    void onlyAdministratorsAddRanges() {
        post(reader, "/api/chapters/range/", body("content", content, "from", 1, "to", 3)).expect(403);
        assertThat(numbers()).isEmpty();
    }

    @Test
    void aDeletedRangeTakesItsNumbersAndThoseBetweenThemAndKeepsTheRest() {
        post(admin, "/api/chapters/range/", body("content", content, "from", 1, "to", 12)).expect(201);
        for (String number : List.of("4.5", "10a", "12.5", "Extra")) {
            post(admin, "/api/chapters/", body("content", content, "chapter_number", number)).expect(201);
        }
        CatalogFixtures catalog = fixtures(admin);
        long other = catalog.content(catalog.category("Novel"), "Other Shelf");
        post(admin, "/api/chapters/range/", body("content", other, "from", 1, "to", 12)).expect(201);

        Reply reply = delete(admin, "/api/chapters/range/?content={id}&from=5&to=12", content).expect(200);

        assertThat(reply.number("deleted")).isEqualTo(9);
        // 4.5 comes before 5 and 12.5 after 12: neither is within the range; words are never numbers
        assertThat(numbers()).containsExactly("1", "2", "3", "4", "4.5", "12.5", "Extra");
        assertThat(get(reader, "/api/contents/{id}/", content).expect(200).number("chapter_count")).isEqualTo(7);
        assertThat(get(reader, "/api/contents/{id}/", other).expect(200).number("chapter_count")).isEqualTo(12);
        assertThat(delete(admin, "/api/chapters/range/?content={id}&from=5&to=12", content).expect(200)
                .number("deleted")).isEqualTo(0);
    }

    @Test
    void aRangeDeletionRefusesBackwardsIncompleteOrUnknownRangesAndReadersAndDeletesNothing() {
        post(admin, "/api/chapters/range/", body("content", content, "from", 1, "to", 5)).expect(201);

        delete(admin, "/api/chapters/range/?content={id}&from=4&to=2", content).expectInvalid("to");
        delete(admin, "/api/chapters/range/?content={id}&from=-1&to=2", content).expectInvalid("from");
        delete(admin, "/api/chapters/range/?content={id}&from=one&to=2", content).expectInvalid("from");
        delete(admin, "/api/chapters/range/?content={id}&from=1", content).expectInvalid("to");
        delete(admin, "/api/chapters/range/?from=1&to=5").expectInvalid("content");
        delete(admin, "/api/chapters/range/?content=999999&from=1&to=5").expectInvalid("content");
        delete(reader, "/api/chapters/range/?content={id}&from=1&to=5", content).expect(403);

        assertThat(numbers()).containsExactly("1", "2", "3", "4", "5");
    }
}
