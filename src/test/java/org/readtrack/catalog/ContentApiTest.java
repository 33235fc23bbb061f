package org.readtrack.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.readtrack.support.CatalogApiTest;
import org.readtrack.support.CatalogFixtures;

class ContentApiTest extends CatalogApiTest {

    private Session admin;
    private Session reader;
    private CatalogFixtures catalog;
    private long manga;

    @BeforeEach
    void accountsAndCategory() {
        admin = admin("curator");
        reader = user("reader");
        catalog = fixtures(admin);
        manga = post(admin, "/api/categories/", Map.of("name", "Manga", "description", "Japanese comics"))
                .expect(201).id();
    }

    @Test
    void createsAContentWithDefaultsCategoryDetailAndChapterCount() {
        Reply created = post(admin, "/api/contents/", Map.of("title", "One Piece", "feature_category", manga))
                .expect(201);

        Map<String, Object> content = created.json();
        assertThat(content).containsOnlyKeys("id", "title", "alt_titles", "author", "language", "status",
                "release_days", "rating", "description", "cover", "feature_category", "feature_category_detail",
                "chapter_count", "suggestion", "created_at", "updated_at");
        assertThat(content).containsEntry("title", "One Piece").containsEntry("author", "").containsEntry("suggestion", null)
                .containsEntry("alt_titles", List.of()).containsEntry("release_days", List.of())
                .containsEntry("cover", null)
                .containsEntry("language", "fr").containsEntry("status", "ongoing").containsEntry("rating", null)
                .containsEntry("description", "").containsEntry("chapter_count", 0);
        assertThat(created.number("feature_category")).isEqualTo(manga);
        assertThat(created.object("feature_category_detail"))
                .isEqualTo(get(reader, "/api/categories/{id}/", manga).expect(200).json());
        assertThat(created.string("created_at")).endsWith("Z");
        assertThat(created.string("updated_at")).isEqualTo(created.string("created_at"));

        assertThat(get(reader, "/api/contents/{id}/", created.id()).expect(200).json()).isEqualTo(content);
    }

    @Test
    void createsAContentWithEveryFieldGiven() {
        Reply created = post(admin, "/api/contents/", body("title", "Berserk", "author", "Kentaro Miura",
                "language", "ja", "status", "hiatus", "rating", 9.5, "description", "Dark fantasy",
                "feature_category", manga)).expect(201);

        assertThat(created.json()).containsEntry("author", "Kentaro Miura").containsEntry("language", "ja")
                .containsEntry("status", "hiatus").containsEntry("rating", 9.5)
                .containsEntry("description", "Dark fantasy");
    }

    @Test
    void readOnlyFieldsInTheBodyAreIgnored() {
        Reply created = post(admin, "/api/contents/", body("title", "A", "feature_category", manga,
                "id", 987654, "chapter_count", 99, "feature_category_detail", Map.of("name", "Hacked"),
                "created_at", "2000-01-01T00:00:00Z")).expect(201);

        assertThat(created.id()).isNotEqualTo(987654);
        assertThat(created.number("chapter_count")).isZero();
        assertThat(created.object("feature_category_detail")).containsEntry("name", "Manga");
        assertThat(created.string("created_at")).doesNotStartWith("2000");
    }

    @Test
    void ratingIsAlwaysRenderedWithOneDecimal() {
        Reply created = post(admin, "/api/contents/", body("title", "A", "rating", 8, "feature_category", manga))
                .expect(201);
        assertThat(created.raw()).contains("\"rating\":8.0");

        assertThat(get(reader, "/api/contents/{id}/", created.id()).expect(200).raw()).contains("\"rating\":8.0");
        assertThat(get(reader, "/api/contents/").expect(200).raw()).contains("\"rating\":8.0");

        Reply zero = post(admin, "/api/contents/", body("title", "B", "rating", 0, "feature_category", manga))
                .expect(201);
        assertThat(zero.raw()).contains("\"rating\":0.0");
        Reply ten = post(admin, "/api/contents/", body("title", "C", "rating", 10, "feature_category", manga))
                .expect(201);
        assertThat(ten.raw()).contains("\"rating\":10.0");
        Reply tenth = post(admin, "/api/contents/", body("title", "D", "rating", 0.1, "feature_category", manga))
                .expect(201);
        assertThat(tenth.raw()).contains("\"rating\":0.1");
    }

    @Test
    void ratingMustBeBetweenZeroAndTenWithAtMostOneDecimal() {
        post(admin, "/api/contents/", body("title", "A", "rating", 10.5, "feature_category", manga))
                .expectInvalid("rating");
        post(admin, "/api/contents/", body("title", "A", "rating", -0.5, "feature_category", manga))
                .expectInvalid("rating");
        post(admin, "/api/contents/", body("title", "A", "rating", 11, "feature_category", manga))
                .expectInvalid("rating");
        post(admin, "/api/contents/", body("title", "A", "rating", 8.25, "feature_category", manga))
                .expectInvalid("rating");
        post(admin, "/api/contents/", body("title", "A", "rating", "great", "feature_category", manga))
                .expectInvalid("rating");
        post(admin, "/api/contents/", "{\"title\":\"A\",\"rating\":1e400,\"feature_category\":" + manga + "}")
                .expectInvalid("rating");

        assertThat(get(reader, "/api/contents/").expect(200).number("count")).isZero();
    }

    @Test
    void fieldLimitsAreEnforced() {
        post(admin, "/api/contents/", body("feature_category", manga)).expectInvalid("title");
        post(admin, "/api/contents/", body("title", "", "feature_category", manga)).expectInvalid("title");
        post(admin, "/api/contents/", body("title", "  ", "feature_category", manga)).expectInvalid("title");
        post(admin, "/api/contents/", body("title", "t".repeat(201), "feature_category", manga))
                .expectInvalid("title");
        post(admin, "/api/contents/", body("title", "A", "author", "a".repeat(121), "feature_category", manga))
                .expectInvalid("author");
        post(admin, "/api/contents/", body("title", "A", "language", "l".repeat(51), "feature_category", manga))
                .expectInvalid("language");
        post(admin, "/api/contents/", body("title", "A", "status", "abandoned", "feature_category", manga))
                .expectInvalid("status");
        post(admin, "/api/contents/", body("title", "A", "description", "d".repeat(10_001),
                "feature_category", manga)).expectInvalid("description");
        assertThat(get(reader, "/api/contents/").expect(200).number("count")).isZero();

        post(admin, "/api/contents/", body("title", "t".repeat(200), "author", "a".repeat(120),
                "language", "l".repeat(50), "description", "d".repeat(10_000), "feature_category", manga))
                .expect(201);
    }

    @Test
    void limitsCountCharactersNotUtf16Units() {
        String dragon = "\uD83D\uDC09"; // one character, two UTF-16 units
        post(admin, "/api/contents/", body("title", dragon.repeat(200), "author", dragon.repeat(120),
                "feature_category", manga)).expect(201);
        post(admin, "/api/contents/", body("title", dragon.repeat(201), "feature_category", manga))
                .expectInvalid("title");

        assertThat(get(reader, "/api/contents/").expect(200).results("title")).containsExactly(dragon.repeat(200));
    }

    @Test
    void everyInvalidFieldIsReportedAtOnce() {
        Reply refused = post(admin, "/api/contents/", body("title", "", "author", "a".repeat(121), "rating", 12))
                .expectProblem(400);

        assertThat(refused.errors()).containsKeys("title", "author", "rating", "feature_category");
    }

    @Test
    void theCategoryMustBeGivenAndExist() {
        post(admin, "/api/contents/", body("title", "A")).expectInvalid("feature_category");
        post(admin, "/api/contents/", body("title", "A", "feature_category", null)).expectInvalid("feature_category");
        post(admin, "/api/contents/", body("title", "A", "feature_category", "abc")).expectInvalid("feature_category");
        post(admin, "/api/contents/", body("title", "A", "feature_category", 1.5)).expectInvalid("feature_category");
        post(admin, "/api/contents/", "{\"title\":\"A\",\"feature_category\":99999999999999999999}")
                .expectProblem(400);

        long gone = catalog.category("Gone");
        delete(admin, "/api/categories/{id}/", gone).expect(204);
        post(admin, "/api/contents/", body("title", "A", "feature_category", gone)).expectInvalid("feature_category");
        assertThat(get(reader, "/api/contents/").expect(200).number("count")).isZero();

        long id = catalog.content(manga, "B");
        patch(admin, "/api/contents/{id}/", Map.of("feature_category", gone), id).expectInvalid("feature_category");
        put(admin, "/api/contents/{id}/", body("title", "B", "feature_category", gone), id)
                .expectInvalid("feature_category");
        assertThat(get(reader, "/api/contents/{id}/", id).expect(200).number("feature_category")).isEqualTo(manga);
    }

    @Test
    void titleIsUniqueWithinACategoryOnly() {
        long novels = catalog.category("Novels");
        catalog.content(manga, "Monster");

        post(admin, "/api/contents/", body("title", "Monster", "feature_category", manga)).expectConflictOn("title");
        post(admin, "/api/contents/", body("title", "Monster", "feature_category", novels)).expect(201);

        assertThat(get(reader, "/api/contents/").expect(200).number("count")).isEqualTo(2);
    }

    @Test
    void aTitleWrittenAlikeIsTakenToo() {
        long monster = catalog.content(manga, "Monster");
        long pluto = catalog.content(manga, "Pluto");

        for (String alike : List.of("MONSTER", "monster!", "  Mônster ", "Mon\u200Bster\u200E")) {
            assertThat(post(admin, "/api/contents/", body("title", alike, "feature_category", manga))
                    .expectConflictOn("title").json()).containsEntry("existing", (int) monster);
        }
        patch(admin, "/api/contents/{id}/", Map.of("title", "MONSTER"), pluto).expectConflictOn("title");
        // its own title written otherwise is no conflict
        assertThat(patch(admin, "/api/contents/{id}/", Map.of("title", "MONSTER"), monster).expect(200)
                .string("title")).isEqualTo("MONSTER");
        assertThat(get(reader, "/api/contents/").expect(200).number("count")).isEqualTo(2);
    }

    @Test
    void titlesOfSymbolsAloneAreNotAlikeForHavingNothingLeftOnceFolded() {
        post(admin, "/api/contents/", body("title", "!!!", "feature_category", manga)).expect(201);
        post(admin, "/api/contents/", body("title", "???", "feature_category", manga)).expect(201);

        post(admin, "/api/contents/", body("title", "!!!", "feature_category", manga)).expectConflictOn("title");
    }

    @Test
    void movingOrRenamingOntoATakenTitleIsAConflictAndChangesNothing() {
        long novels = catalog.category("Novels");
        catalog.content(manga, "Monster");
        long other = catalog.content(novels, "Monster");
        long third = catalog.content(manga, "Pluto");

        patch(admin, "/api/contents/{id}/", Map.of("feature_category", manga), other).expectConflictOn("title");
        patch(admin, "/api/contents/{id}/", Map.of("title", "Monster"), third).expectConflictOn("title");
        put(admin, "/api/contents/{id}/", body("title", "Monster", "feature_category", manga), third)
                .expectConflictOn("title");

        assertThat(get(reader, "/api/contents/{id}/", other).expect(200).number("feature_category")).isEqualTo(novels);
        assertThat(get(reader, "/api/contents/{id}/", third).expect(200).string("title")).isEqualTo("Pluto");
    }

    @Test
    void patchChangesOnlyTheFieldsItGivesAndShowsTheNewCategory() {
        long novels = catalog.category("Novels");
        Reply created = post(admin, "/api/contents/", body("title", "Dune", "author", "Frank Herbert",
                "rating", 7.3, "status", "completed", "feature_category", manga)).expect(201);
        clock.advance(Duration.ofSeconds(1));

        Reply patched = patch(admin, "/api/contents/{id}/", Map.of("feature_category", novels), created.id())
                .expect(200);

        assertThat(patched.json()).containsEntry("title", "Dune").containsEntry("author", "Frank Herbert")
                .containsEntry("rating", 7.3).containsEntry("status", "completed");
        assertThat(patched.number("feature_category")).isEqualTo(novels);
        assertThat(patched.object("feature_category_detail")).containsEntry("name", "Novels");
        assertThat(patched.get("created_at")).isEqualTo(created.get("created_at"));
        assertThat(patched.instant("updated_at")).isAfter(created.instant("updated_at"));
    }

    @Test
    void patchCanClearTheRatingButNotTheRequiredFields() {
        long id = post(admin, "/api/contents/", body("title", "Dune", "rating", 7, "feature_category", manga))
                .expect(201).id();

        patch(admin, "/api/contents/{id}/", body("title", null), id).expectInvalid("title");
        patch(admin, "/api/contents/{id}/", body("feature_category", null), id).expectInvalid("feature_category");
        patch(admin, "/api/contents/{id}/", body("rating", 10.01), id).expectInvalid("rating");
        assertThat(get(reader, "/api/contents/{id}/", id).expect(200).get("rating")).isEqualTo(7.0);

        assertThat(patch(admin, "/api/contents/{id}/", body("rating", null), id).expect(200).json())
                .containsEntry("rating", null).containsEntry("title", "Dune");
    }

    @Test
    void patchRefusesANullStatusOrLanguageRatherThanResettingThem() {
        long id = post(admin, "/api/contents/", body("title", "Dune", "language", "en", "status", "completed",
                "author", "Frank Herbert", "feature_category", manga)).expect(201).id();

        patch(admin, "/api/contents/{id}/", body("status", null), id).expectInvalid("status");
        patch(admin, "/api/contents/{id}/", body("language", null), id).expectInvalid("language");

        assertThat(get(reader, "/api/contents/{id}/", id).expect(200).json()).containsEntry("status", "completed")
                .containsEntry("language", "en").containsEntry("author", "Frank Herbert");
        assertThat(patch(admin, "/api/contents/{id}/", body("author", null), id).expect(200).json())
                .containsEntry("author", "").containsEntry("status", "completed");
    }

    @Test
    void putRequiresTitleAndCategoryKeepsWhatItLeavesOutAndIsValidatedLikePost() {
        long id = post(admin, "/api/contents/", body("title", "Dune", "author", "Frank Herbert", "language", "en",
                "rating", 7, "feature_category", manga, "release_days", List.of("mon"))).expect(201).id();

        put(admin, "/api/contents/{id}/", body("title", "Dune"), id).expectInvalid("feature_category");
        put(admin, "/api/contents/{id}/", body("feature_category", manga), id).expectInvalid("title");
        put(admin, "/api/contents/{id}/", body("title", " ", "feature_category", manga), id).expectInvalid("title");
        put(admin, "/api/contents/{id}/", body("title", "Dune", "feature_category", manga, "status", null), id)
                .expectInvalid("status");

        // as the original API's PUT: what a client leaves out stays, an explicit null clears what may be empty
        Reply replaced = put(admin, "/api/contents/{id}/", body("title", "Dune Messiah", "feature_category", manga,
                "rating", null), id).expect(200);
        assertThat(replaced.json()).containsEntry("title", "Dune Messiah").containsEntry("author", "Frank Herbert")
                .containsEntry("language", "en").containsEntry("rating", null).containsEntry("status", "ongoing")
                .containsEntry("release_days", List.of("mon"));
        put(admin, "/api/contents/{id}/", body("title", "Dune", "feature_category", 999_999), 999_999).expect(404);
    }

    @Test
    void chapterCountFollowsTheChaptersOnEveryRepresentation() {
        long id = catalog.content(manga, "One Piece");
        catalog.chapter(id, "1");
        catalog.chapter(id, "2");
        long third = catalog.chapter(id, "3");

        assertThat(get(reader, "/api/contents/{id}/", id).expect(200).number("chapter_count")).isEqualTo(3);
        assertThat(get(reader, "/api/contents/").expect(200).results("chapter_count")).containsExactly(3);
        assertThat(patch(admin, "/api/contents/{id}/", Map.of("author", "Oda"), id).expect(200)
                .number("chapter_count")).isEqualTo(3);
        assertThat(put(admin, "/api/contents/{id}/", body("title", "One Piece", "feature_category", manga), id)
                .expect(200).number("chapter_count")).isEqualTo(3);

        delete(admin, "/api/chapters/{id}/", third).expect(204);
        assertThat(get(reader, "/api/contents/{id}/", id).expect(200).number("chapter_count")).isEqualTo(2);
    }

    @Test
    void categoryChangesShowInTheContentsDetail() {
        long id = catalog.content(manga, "One Piece");

        patch(admin, "/api/categories/{id}/", Map.of("name", "Shōnen"), manga).expect(200);

        assertThat(get(reader, "/api/contents/{id}/", id).expect(200).object("feature_category_detail"))
                .containsEntry("name", "Shōnen").containsEntry("description", "Japanese comics");
    }

    @Test
    void deletingAContentRemovesItsChaptersAndEveryonesProgress() {
        long doomed = catalog.content(manga, "Doomed");
        long kept = catalog.content(manga, "Kept");
        long chapter = catalog.chapter(doomed, "1");
        long keptChapter = catalog.chapter(kept, "1");
        Session other = user("other");
        put(reader, "/api/contents/{id}/progress/", Map.of("last_chapter", "1"), doomed).expect(201);
        put(other, "/api/contents/{id}/progress/", Map.of("last_chapter", "1"), doomed).expect(201);
        put(other, "/api/contents/{id}/progress/", Map.of("last_chapter", "1"), kept).expect(201);

        delete(admin, "/api/contents/{id}/", doomed).expect(204);

        get(reader, "/api/contents/{id}/", doomed).expectProblem(404);
        get(reader, "/api/chapters/{id}/", chapter).expectProblem(404);
        get(reader, "/api/chapters/{id}/", keptChapter).expect(200);
        assertThat(get(reader, "/api/progress/").expect(200).number("count")).isZero();
        assertThat(get(other, "/api/progress/").expect(200).results("content")).containsExactly((int) kept);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM chapters WHERE content_id = ?", Long.class, doomed))
                .isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM progress WHERE content_id = ?", Long.class, doomed))
                .isZero();
    }

    @Test
    void unknownOrNonNumericIdsAreNotFound() {
        long id = catalog.content(manga, "Gone");
        delete(admin, "/api/contents/{id}/", id).expect(204);

        get(reader, "/api/contents/{id}/", id).expectProblem(404);
        put(admin, "/api/contents/{id}/", body("title", "X", "feature_category", manga), id).expectProblem(404);
        patch(admin, "/api/contents/{id}/", Map.of("title", "X"), id).expectProblem(404);
        delete(admin, "/api/contents/{id}/", id).expectProblem(404);
        get(reader, "/api/contents/abc/").expectProblem(404);
        get(reader, "/api/contents/99999999999999999999999/").expectProblem(404);
        patch(admin, "/api/contents/abc/", Map.of("title", "X")).expectProblem(404);
    }

    @Test
    void malformedBodiesAreBadRequestsThatCreateNothing() {
        post(admin, "/api/contents/", "{\"title\": \"A\", ").expectProblem(400);
        post(admin, "/api/contents/", "\"just a string\"").expectProblem(400);
        post(admin, "/api/contents/", "{\"title\": \"A\", \"feature_category\": " + manga + "} trailing")
                .expectProblem(400);
        post(admin, "/api/contents/", "{\"title\": \"A\\u0000B\", \"feature_category\": " + manga + "}")
                .expectInvalid("title");

        assertThat(get(reader, "/api/contents/").expect(200).number("count")).isZero();
    }
}
