package org.readtrack.progress;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.readtrack.support.CatalogApiTest;
import org.readtrack.support.CatalogFixtures;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /api/progress/}: the caller's own entries. */
class ProgressApiTest extends CatalogApiTest {

    private Session reader;
    private CatalogFixtures catalog;
    private long manga;
    private long onePiece;
    private long naruto;

    @BeforeEach
    void accountsAndContents() {
        reader = user("reader");
        catalog = fixtures(admin("curator"));
        manga = catalog.category("Manga");
        onePiece = catalog.content(manga, "One Piece");
        naruto = catalog.content(manga, "Naruto");
        catalog.chapter(onePiece, "1");
        catalog.chapter(onePiece, "2");
    }

    @Test
    void createsAnEntryWithEveryFieldOfTheContract() {
        Reply created = post(reader, "/api/progress/", Map.of("content", onePiece, "last_chapter", "2",
                "notes", "Great start")).expect(201);

        Map<String, Object> entry = created.json();
        assertThat(entry).containsOnlyKeys("id", "user", "content", "content_detail", "last_chapter", "notes",
                "status", "score", "started_on", "finished_on", "rereading", "reread_count", "favorite",
                "reading_url", "tags", "private", "unread_count", "next_chapter", "latest_chapter",
                "progress_date", "created_at", "updated_at");
        assertThat(created.number("user")).isEqualTo(reader.id());
        assertThat(created.number("content")).isEqualTo(onePiece);
        assertThat(entry).containsEntry("last_chapter", "2").containsEntry("notes", "Great start");
        assertThat(created.string("progress_date")).endsWith("Z").isEqualTo(created.string("updated_at"));
        assertThat(created.string("created_at")).isEqualTo(created.string("updated_at"));

        assertThat(created.object("content_detail"))
                .isEqualTo(catalog.contentReply(onePiece).json())
                .containsEntry("chapter_count", 2)
                .containsKey("feature_category_detail");

        assertThat(get(reader, "/api/progress/{id}/", created.id()).expect(200).json()).isEqualTo(entry);
    }

    @Test
    void lastChapterAndNotesDefaultToEmpty() {
        Reply created = post(reader, "/api/progress/", Map.of("content", onePiece)).expect(201);

        assertThat(created.json()).containsEntry("last_chapter", "").containsEntry("notes", "");
    }

    @Test
    void theUserIsAlwaysTheCaller() {
        Session other = user("other");

        Reply created = post(reader, "/api/progress/", Map.of("content", onePiece, "user", other.id())).expect(201);

        assertThat(created.number("user")).isEqualTo(reader.id());
        assertThat(get(other, "/api/progress/").expect(200).number("count")).isZero();
    }

    @Test
    void fieldsAreValidated() {
        post(reader, "/api/progress/", Map.of("last_chapter", "1")).expectInvalid("content");
        post(reader, "/api/progress/", body("content", null)).expectInvalid("content");
        post(reader, "/api/progress/", Map.of("content", "abc")).expectInvalid("content");
        post(reader, "/api/progress/", Map.of("content", onePiece, "last_chapter", "1".repeat(51)))
                .expectInvalid("last_chapter");
        post(reader, "/api/progress/", Map.of("content", onePiece, "notes", "n".repeat(10_001))).expectInvalid("notes");
        post(reader, "/api/progress/", "{\"content\": ").expectProblem(400);
        assertThat(get(reader, "/api/progress/").expect(200).number("count")).isZero();

        post(reader, "/api/progress/", Map.of("content", onePiece, "last_chapter", "1".repeat(50),
                "notes", "n".repeat(10_000))).expect(201);
    }

    @Test
    void theContentMustExist() {
        long gone = catalog.content(manga, "Gone");
        delete(catalog.admin(), "/api/contents/{id}/", gone).expect(204);

        post(reader, "/api/progress/", Map.of("content", gone)).expectInvalid("content");

        long id = post(reader, "/api/progress/", Map.of("content", onePiece)).expect(201).id();
        patch(reader, "/api/progress/{id}/", Map.of("content", gone), id).expectInvalid("content");
        put(reader, "/api/progress/{id}/", Map.of("content", gone), id).expectInvalid("content");
        assertThat(get(reader, "/api/progress/{id}/", id).expect(200).number("content")).isEqualTo(onePiece);
    }

    @Test
    void aSecondEntryForTheSameContentIsAConflictNamingTheExistingOne() {
        long existing = post(reader, "/api/progress/", Map.of("content", onePiece, "last_chapter", "1"))
                .expect(201).id();

        Reply conflict = post(reader, "/api/progress/", Map.of("content", onePiece, "last_chapter", "2"))
                .expectConflictOn("content");

        assertThat(conflict.number("existing_id")).isEqualTo(existing);
        assertThat(get(reader, "/api/progress/").expect(200).results("last_chapter")).containsExactly("1");
    }

    @Test
    void repointingAnEntryToAnAlreadyTrackedContentIsAConflict() {
        long onOnePiece = post(reader, "/api/progress/", Map.of("content", onePiece)).expect(201).id();
        long onNaruto = post(reader, "/api/progress/", Map.of("content", naruto, "last_chapter", "7")).expect(201).id();

        Reply patched = patch(reader, "/api/progress/{id}/", Map.of("content", onePiece), onNaruto)
                .expectConflictOn("content");
        assertThat(patched.number("existing_id")).isEqualTo(onOnePiece);
        Reply replaced = put(reader, "/api/progress/{id}/", Map.of("content", onePiece), onNaruto)
                .expectConflictOn("content");
        assertThat(replaced.number("existing_id")).isEqualTo(onOnePiece);

        assertThat(get(reader, "/api/progress/{id}/", onNaruto).expect(200).json())
                .containsEntry("content", (int) naruto).containsEntry("last_chapter", "7");
    }

    @Test
    void anEntryMayBeRepointedToAnUntrackedContentOrKeepItsOwn() {
        long dune = catalog.content(manga, "Dune");
        long id = post(reader, "/api/progress/", Map.of("content", onePiece)).expect(201).id();

        Reply moved = patch(reader, "/api/progress/{id}/", Map.of("content", dune), id).expect(200);
        assertThat(moved.number("content")).isEqualTo(dune);
        assertThat(moved.object("content_detail")).containsEntry("title", "Dune");

        put(reader, "/api/progress/{id}/", Map.of("content", dune, "notes", "same content"), id).expect(200);
    }

    @Test
    void patchChangesOnlyTheFieldsItGives() {
        Reply created = post(reader, "/api/progress/", Map.of("content", onePiece, "last_chapter", "1",
                "notes", "keep me")).expect(201);
        clock.advance(Duration.ofSeconds(1));

        Reply patched = patch(reader, "/api/progress/{id}/", Map.of("last_chapter", "2"), created.id()).expect(200);

        assertThat(patched.json()).containsEntry("last_chapter", "2").containsEntry("notes", "keep me")
                .containsEntry("content", (int) onePiece);
        assertThat(patched.get("created_at")).isEqualTo(created.get("created_at"));
        assertThat(patched.instant("updated_at")).isAfter(created.instant("updated_at"));
        assertThat(patched.string("progress_date")).isEqualTo(patched.string("updated_at"));

        patch(reader, "/api/progress/{id}/", body("content", null), created.id()).expectInvalid("content");
    }

    @Test
    void aPatchWithNoFieldOnlyMarksTheEntryUpdatedAndANullChapterClearsIt() {
        Reply created = post(reader, "/api/progress/", Map.of("content", onePiece, "last_chapter", "2",
                "notes", "n")).expect(201);
        clock.advance(Duration.ofSeconds(1));

        Reply touched = patch(reader, "/api/progress/{id}/", Map.of(), created.id()).expect(200);
        assertThat(touched.json()).containsEntry("last_chapter", "2").containsEntry("notes", "n")
                .containsEntry("content", (int) onePiece);
        assertThat(touched.instant("updated_at")).isAfter(created.instant("updated_at"));
        assertThat(touched.object("content_detail")).containsEntry("title", "One Piece");

        Reply cleared = patch(reader, "/api/progress/{id}/", body("last_chapter", null), created.id()).expect(200);
        assertThat(cleared.json()).containsEntry("last_chapter", "").containsEntry("notes", "n");
    }

    @Test
    void aPatchedEntryReadsBackAsThePatchAnsweredIt() {
        long id = post(reader, "/api/progress/", Map.of("content", onePiece, "last_chapter", "1")).expect(201).id();

        Reply patched = patch(reader, "/api/progress/{id}/", Map.of("notes", "  halfway  "), id).expect(200);

        assertThat(get(reader, "/api/progress/{id}/", id).expect(200).json()).isEqualTo(patched.json())
                .containsEntry("notes", "halfway").containsEntry("last_chapter", "1");
        assertThat(get(reader, "/api/progress/").expect(200).json().get("results").toString())
                .contains(patched.string("updated_at"));
    }

    @Test
    void concurrentPatchesOfDifferentFieldsKeepBoth() throws Exception {
        long id = post(reader, "/api/progress/", Map.of("content", onePiece)).expect(201).id();
        for (int round = 1; round <= 5; round++) {
            String chapter = "c" + round;
            String notes = "n" + round;
            CyclicBarrier start = new CyclicBarrier(2);
            CompletableFuture<Reply> chapterPatch = CompletableFuture.supplyAsync(() -> {
                await(start);
                return patch(reader, "/api/progress/{id}/", Map.of("last_chapter", chapter), id);
            });
            CompletableFuture<Reply> notesPatch = CompletableFuture.supplyAsync(() -> {
                await(start);
                return patch(reader, "/api/progress/{id}/", Map.of("notes", notes), id);
            });
            chapterPatch.get().expect(200);
            notesPatch.get().expect(200);

            assertThat(get(reader, "/api/progress/{id}/", id).expect(200).json())
                    .containsEntry("last_chapter", chapter).containsEntry("notes", notes);
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void putNeedsTheContentAndKeepsWhatItLeavesOut() {
        long id = post(reader, "/api/progress/", Map.of("content", onePiece, "last_chapter", "1", "notes", "n"))
                .expect(201).id();

        put(reader, "/api/progress/{id}/", Map.of("last_chapter", "3"), id).expectInvalid("content");

        Reply replaced = put(reader, "/api/progress/{id}/", Map.of("content", onePiece, "last_chapter", "3"), id)
                .expect(200);
        assertThat(replaced.json()).containsEntry("last_chapter", "3").containsEntry("notes", "n");
        Map<String, Object> cleared = new HashMap<>(Map.of("content", onePiece));
        cleared.put("notes", null);
        assertThat(put(reader, "/api/progress/{id}/", cleared, id).expect(200).json()).containsEntry("notes", "");
    }

    @Test
    void deletingAnEntryRemovesIt() {
        long id = post(reader, "/api/progress/", Map.of("content", onePiece)).expect(201).id();

        delete(reader, "/api/progress/{id}/", id).expect(204);

        get(reader, "/api/progress/{id}/", id).expectProblem(404);
        delete(reader, "/api/progress/{id}/", id).expectProblem(404);
        post(reader, "/api/progress/", Map.of("content", onePiece)).expect(201);
    }

    @Test
    void listShowsTheMostRecentlyUpdatedFirst() {
        long dune = catalog.content(manga, "Dune");
        long first = post(reader, "/api/progress/", Map.of("content", onePiece)).expect(201).id();
        clock.advance(Duration.ofSeconds(1));
        put(reader, "/api/contents/{id}/progress/", Map.of("last_chapter", "1"), naruto).expect(201);
        clock.advance(Duration.ofSeconds(1));
        post(reader, "/api/progress/", Map.of("content", dune)).expect(201);
        clock.advance(Duration.ofSeconds(1));

        assertThat(get(reader, "/api/progress/").expect(200).results("content"))
                .containsExactly((int) dune, (int) naruto, (int) onePiece);

        patch(reader, "/api/progress/{id}/", Map.of("last_chapter", "9"), first).expect(200);
        clock.advance(Duration.ofSeconds(1));
        assertThat(get(reader, "/api/progress/").expect(200).results("content"))
                .containsExactly((int) onePiece, (int) dune, (int) naruto);

        put(reader, "/api/contents/{id}/progress/", Map.of("last_chapter", "2"), naruto).expect(200);
        assertThat(get(reader, "/api/progress/").expect(200).results("content"))
                .containsExactly((int) naruto, (int) onePiece, (int) dune);
    }

    @Test
    void listEntriesCarryTheContentWithItsCategoryAndChapterCount() {
        post(reader, "/api/progress/", Map.of("content", onePiece)).expect(201);

        Map<String, Object> entry = get(reader, "/api/progress/").expect(200).results().get(0);

        @SuppressWarnings("unchecked")
        Map<String, Object> detail = (Map<String, Object>) entry.get("content_detail");
        assertThat(detail).isEqualTo(catalog.contentReply(onePiece).json());
        assertThat(detail).containsEntry("chapter_count", 2).containsEntry("feature_category", (int) manga);
        assertThat(detail.get("feature_category_detail")).isInstanceOf(Map.class);
    }

    @Test
    void listFiltersByContent() {
        post(reader, "/api/progress/", Map.of("content", onePiece)).expect(201);
        post(reader, "/api/progress/", Map.of("content", naruto)).expect(201);

        assertThat(get(reader, "/api/progress/?content={id}", naruto).expect(200).results("content"))
                .containsExactly((int) naruto);
        long untracked = catalog.content(manga, "Untracked");
        assertThat(get(reader, "/api/progress/?content={id}", untracked).expect(200).results()).isEmpty();
    }

    @Test
    void invalidListParametersAreBadRequests() {
        long gone = catalog.content(manga, "Gone");
        delete(catalog.admin(), "/api/contents/{id}/", gone).expect(204);

        get(reader, "/api/progress/?content=abc").expectInvalid("content");
        get(reader, "/api/progress/?content={id}", gone).expectInvalid("content");
        get(reader, "/api/progress/?page=0").expectInvalid("page");
        get(reader, "/api/progress/?page_size=no").expectInvalid("page_size");
        get(reader, "/api/progress/?page=2").expectProblem(404);
    }

    @Test
    void aPageFarPastTheEndIsNotFoundNotAServerError() {
        post(reader, "/api/progress/", Map.of("content", onePiece)).expect(201);

        get(reader, "/api/progress/?page=2147483647").expectProblem(404);
        get(reader, "/api/progress/?page=2147483647&content={id}", onePiece).expectProblem(404);
    }

    @Test
    void listIsPaginated() {
        for (int i = 0; i < 5; i++) {
            long content = catalog.content(manga, "Series " + i);
            post(reader, "/api/progress/", Map.of("content", content)).expect(201);
        }

        Reply page = get(reader, "/api/progress/?page_size=2&page=3").expect(200);

        assertThat(page.number("count")).isEqualTo(5);
        assertThat(page.results()).hasSize(1);
        assertThat(page.get("next")).isNull();
        assertThat(page.string("previous")).isEqualTo(baseUrl() + "/api/progress/?page_size=2&page=2");
        assertThat(get(reader, "/api/progress/?page_size=2").expect(200).string("next"))
                .isEqualTo(baseUrl() + "/api/progress/?page_size=2&page=2");
    }

    @Test
    void unknownOrNonNumericIdsAreNotFound() {
        get(reader, "/api/progress/abc/").expectProblem(404);
        long id = post(reader, "/api/progress/", Map.of("content", onePiece)).expect(201).id();
        delete(reader, "/api/progress/{id}/", id).expect(204);
        patch(reader, "/api/progress/{id}/", Map.of("notes", "x"), id).expectProblem(404);
        put(reader, "/api/progress/{id}/", Map.of("content", onePiece), id).expectProblem(404);
        assertThat(get(reader, "/api/progress/").expect(200).results()).isEqualTo(List.of());
    }
}
