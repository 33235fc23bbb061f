package org.readtrack.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.readtrack.support.CatalogApiTest;

/** A content's other titles: the rules on them, and the list's {@code search} that finds them. */
class ContentAltTitlesTest extends CatalogApiTest {

    private Session admin;
    private Session reader;
    private long manga;

    @BeforeEach
    void accountsAndCategory() {
        admin = admin("curator");
        reader = user("reader");
        manga = fixtures(admin).category("Manga");
    }

    private Reply create(String title, Object altTitles) {
        return post(admin, "/api/contents/", body("title", title, "feature_category", manga, "alt_titles", altTitles));
    }

    @Test
    void altTitlesAreTrimmedKeptInOrderAndShownEverywhere() {
        long id = create("One Piece", List.of("  Wan Pīsu ", "ワンピース", "OP")).expect(201).id();

        List<String> expected = List.of("Wan Pīsu", "ワンピース", "OP");
        assertThat(get(reader, "/api/contents/{id}/", id).expect(200).get("alt_titles")).isEqualTo(expected);
        assertThat(get(reader, "/api/contents/").expect(200).results("alt_titles")).containsExactly(expected);
    }

    @Test
    void everyRuleOnAltTitlesIsA400NamingTheField() {
        create("A", List.of("t".repeat(201))).expectInvalid("alt_titles");
        create("A", List.of("Berserk", "BERSERK")).expectInvalid("alt_titles");
        create("A", List.of("Straße", "STRASSE")).expectInvalid("alt_titles"); // folded as the database folds names
        create("A", List.of("Berserk", " berserk ")).expectInvalid("alt_titles");
        create("A", List.of("")).expectInvalid("alt_titles");
        create("A", List.of("   ")).expectInvalid("alt_titles");
        create("A", List.of("\u00a0\u200b")).expectInvalid("alt_titles");
        create("A", List.of("two\nlines")).expectInvalid("alt_titles");
        create("A", Collections.nCopies(21, "x").stream().map(x -> x + Math.random()).toList())
                .expectInvalid("alt_titles");
        create("A", "not a list").expectInvalid("alt_titles");
        create("A", body("not", "a list")).expectInvalid("alt_titles");
        List<String> withNull = new ArrayList<>();
        withNull.add(null);
        create("A", withNull).expectInvalid("alt_titles");
        assertThat(get(reader, "/api/contents/").expect(200).number("count")).isZero();

        List<String> twenty = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            twenty.add(i + "t".repeat(199 - Integer.toString(i).length()));
        }
        assertThat(create("A", twenty).expect(201).get("alt_titles")).isEqualTo(twenty);
    }

    @Test
    void aBrokenAltTitleIsReportedWithEveryOtherInvalidField() {
        Reply refused = post(admin, "/api/contents/", body("title", "", "alt_titles", List.of("a", "A"),
                "release_days", List.of("someday"), "feature_category", manga)).expectProblem(400);

        assertThat(refused.errors()).containsOnlyKeys("title", "alt_titles", "release_days");
        assertThat(refused.errors().get("alt_titles")).singleElement().asString().contains("2", "1");
    }

    @Test
    void patchReplacesOrClearsTheAltTitlesAndAPutWithoutThemKeepsThem() {
        long id = create("Dune", List.of("Dune (novel)")).expect(201).id();

        assertThat(patch(admin, "/api/contents/{id}/", Map.of("author", "Frank Herbert"), id).expect(200)
                .get("alt_titles")).isEqualTo(List.of("Dune (novel)"));
        assertThat(patch(admin, "/api/contents/{id}/", Map.of("alt_titles", List.of("Дюна", "沙丘")), id).expect(200)
                .get("alt_titles")).isEqualTo(List.of("Дюна", "沙丘"));
        patch(admin, "/api/contents/{id}/", Map.of("alt_titles", List.of("x".repeat(201))), id)
                .expectInvalid("alt_titles");
        assertThat(patch(admin, "/api/contents/{id}/", body("alt_titles", null), id).expect(200).get("alt_titles"))
                .isEqualTo(List.of());

        patch(admin, "/api/contents/{id}/", Map.of("alt_titles", List.of("Arrakis")), id).expect(200);
        // a client of the original API knows nothing of other titles: its PUT leaves them
        assertThat(put(admin, "/api/contents/{id}/", body("title", "Dune", "feature_category", manga), id)
                .expect(200).get("alt_titles")).isEqualTo(List.of("Arrakis"));
    }

    @Test
    void searchFindsContentsByTheirAltTitles() {
        create("One Piece", List.of("Wan Pīsu", "ワンピース")).expect(201);
        create("Naruto", List.of("ナルト")).expect(201);
        create("Bleach", List.of()).expect(201);

        assertThat(search("wan pīsu")).containsExactly("One Piece");
        assertThat(search("PĪS")).containsExactly("One Piece"); // three characters, any case
        assertThat(search("īsu")).containsExactly("One Piece");
        assertThat(search("isu")).containsExactly("One Piece"); // accents ignored
        assertThat(search("ピース")).containsExactly("One Piece");
        assertThat(search("ナルト")).containsExactly("Naruto");
        assertThat(search("ルト")).containsExactly("Naruto"); // shorter than a trigram: read without the index
        assertThat(search("Pi")).containsExactly("One Piece");
        assertThat(search("zzz")).isEmpty();
    }

    @Test
    void searchFollowsChangedAndDeletedAltTitles() {
        long id = create("Monster", List.of("Kaibutsu")).expect(201).id();
        long other = create("Pluto", List.of("Purūto")).expect(201).id();
        assertThat(search("kaibutsu")).containsExactly("Monster");

        patch(admin, "/api/contents/{id}/", Map.of("alt_titles", List.of("Das Monster")), id).expect(200);
        assertThat(search("kaibutsu")).isEmpty();
        assertThat(search("das mon")).containsExactly("Monster");

        delete(admin, "/api/contents/{id}/", other).expect(204);
        assertThat(search("purū")).isEmpty();
        // a newline joins the stored titles: a search never spans two of them
        patch(admin, "/api/contents/{id}/", Map.of("alt_titles", List.of("abc", "def")), id).expect(200);
        assertThat(search("c d")).isEmpty();
        assertThat(search("abc")).containsExactly("Monster");
    }

    private List<Object> search(String text) {
        return get(reader, "/api/contents/?search={q}", text).expect(200).results("title");
    }
}
