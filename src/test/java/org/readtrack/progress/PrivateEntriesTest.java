package org.readtrack.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.readtrack.support.CatalogApiTest;
import org.readtrack.support.CatalogFixtures;

/**
 * DESIGN.md B4: an entry may be {@code private}. It is false by default, set by every write path, recorded in
 * the history like any field, and changes nothing for the entry's owner, who sees it everywhere.
 */
class PrivateEntriesTest extends CatalogApiTest {

    private Session reader;
    private long onePiece;
    private long naruto;

    @BeforeEach
    void catalogAndReader() {
        reader = user("reader");
        CatalogFixtures catalog = fixtures(admin("curator"));
        long manga = catalog.category("Manga");
        onePiece = catalog.content(manga, "One Piece");
        naruto = catalog.content(manga, "Naruto");
    }

    @Test
    void anEntryIsNotPrivateUnlessSaidSo() {
        assertThat(post(reader, "/api/progress/", Map.of("content", onePiece)).expect(201).get("private"))
                .isEqualTo(false);
        assertThat(put(reader, "/api/contents/{id}/progress/", Map.of("last_chapter", "3"), naruto).expect(201)
                .get("private")).isEqualTo(false);
    }

    @Test
    void everyWritePathSetsIt() {
        long id = post(reader, "/api/progress/", Map.of("content", onePiece, "private", true)).expect(201).id();
        assertThat(get(reader, "/api/progress/{id}/", id).expect(200).get("private")).isEqualTo(true);

        assertThat(patch(reader, "/api/progress/{id}/", Map.of("private", false), id).expect(200).get("private"))
                .isEqualTo(false);
        assertThat(put(reader, "/api/progress/{id}/", Map.of("content", onePiece, "private", true), id).expect(200)
                .get("private")).isEqualTo(true);
        // the upsert keeps what it is not given
        assertThat(put(reader, "/api/contents/{id}/progress/", Map.of("last_chapter", "9"), onePiece).expect(200)
                .get("private")).isEqualTo(true);
        assertThat(put(reader, "/api/contents/{id}/progress/", Map.of("private", false), onePiece).expect(200)
                .get("private")).isEqualTo(false);
        // an explicit null is refused rather than taken for the default, and changes nothing
        patch(reader, "/api/progress/{id}/", body("private", null), id).expectInvalid("private");
        assertThat(get(reader, "/api/progress/{id}/", id).expect(200).get("private")).isEqualTo(false);
        patch(reader, "/api/progress/{id}/", Map.of("private", "maybe"), id).expectInvalid("private");
    }

    @Test
    void theHistoryRecordsItAndAnUndoRevertsIt() {
        long id = post(reader, "/api/progress/", Map.of("content", onePiece)).expect(201).id();
        patch(reader, "/api/progress/{id}/", Map.of("private", true), id).expect(200);

        Map<String, Object> latest = get(reader, "/api/progress/{id}/history/", id).expect(200).results().get(0);
        assertThat(latest.get("changes")).isEqualTo(Map.of("private", List.of(false, true)));

        assertThat(post(reader, "/api/progress/{id}/undo/", null, id).expect(200).get("private")).isEqualTo(false);
    }

    @Test
    void theOwnerSeesPrivateEntriesEverywhere() {
        long hidden = post(reader, "/api/progress/", Map.of("content", onePiece, "private", true, "favorite", true))
                .expect(201).id();
        post(reader, "/api/progress/", Map.of("content", naruto)).expect(201);

        assertThat(get(reader, "/api/progress/").expect(200).results("id")).hasSize(2).contains((int) hidden);
        assertThat(get(reader, "/api/progress/?favorite=true").expect(200).results("id"))
                .containsExactly((int) hidden);
        assertThat(get(reader, "/api/contents/{id}/progress/", onePiece).expect(200).get("private")).isEqualTo(true);
        assertThat(get(reader, "/api/stats/me/").expect(200).json()).containsEntry("entries", 2)
                .containsEntry("favorites", 1);
        assertThat(get(reader, "/api/progress/export/?format=csv").expect(200).raw()).contains("One Piece");
    }

    @Test
    void otherReadersStillCannotReachThem() {
        long hidden = post(reader, "/api/progress/", Map.of("content", onePiece, "private", true)).expect(201).id();
        Session other = user("other");

        get(other, "/api/progress/{id}/", hidden).expectProblem(404);
        assertThat(get(other, "/api/progress/").expect(200).results()).isEmpty();
    }
}
