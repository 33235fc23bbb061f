package org.readtrack.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.readtrack.support.CatalogApiTest;
import org.readtrack.support.CatalogFixtures;

/** {@code /api/contents/{id}/progress/}: the caller's entry for one content, created or updated in one call. */
class ProgressUpsertTest extends CatalogApiTest {

    private Session reader;
    private CatalogFixtures catalog;
    private long onePiece;

    @BeforeEach
    void accountsAndContent() {
        reader = user("reader");
        catalog = fixtures(admin("curator"));
        onePiece = catalog.content(catalog.category("Manga"), "One Piece");
        catalog.chapter(onePiece, "1");
    }

    @Test
    void theFirstPutCreatesTheEntryAndLaterOnesUpdateIt() {
        Reply created = put(reader, "/api/contents/{id}/progress/", Map.of("last_chapter", "1", "notes", "hooked"),
                onePiece).expect(201);

        assertThat(created.json()).containsEntry("last_chapter", "1").containsEntry("notes", "hooked")
                .containsEntry("content", (int) onePiece);
        assertThat(created.number("user")).isEqualTo(reader.id());
        assertThat(created.object("content_detail")).isEqualTo(catalog.contentReply(onePiece).json());
        assertThat(created.string("progress_date")).isEqualTo(created.string("updated_at"));
        clock.advance(Duration.ofSeconds(1));

        Reply updated = put(reader, "/api/contents/{id}/progress/", Map.of("last_chapter", "2"), onePiece).expect(200);

        assertThat(updated.id()).isEqualTo(created.id());
        assertThat(updated.json()).containsEntry("last_chapter", "2").containsEntry("notes", "hooked");
        assertThat(updated.get("created_at")).isEqualTo(created.get("created_at"));
        assertThat(updated.instant("updated_at")).isAfter(created.instant("updated_at"));
        assertThat(updated.string("progress_date")).isEqualTo(updated.string("updated_at"));
        assertThat(get(reader, "/api/progress/").expect(200).number("count")).isEqualTo(1);
    }

    @Test
    void theSameBodyTwiceLeavesTheSameState() {
        Map<String, Object> body = Map.of("last_chapter", "5", "notes", "n");
        Reply first = put(reader, "/api/contents/{id}/progress/", body, onePiece).expect(201);
        Reply second = put(reader, "/api/contents/{id}/progress/", body, onePiece).expect(200);

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.json()).containsEntry("last_chapter", "5").containsEntry("notes", "n");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM progress", Long.class)).isEqualTo(1);
    }

    @Test
    void fieldsLeftOutOfThePutKeepTheirStoredValue() {
        put(reader, "/api/contents/{id}/progress/", Map.of("last_chapter", "3", "notes", "my notes"), onePiece)
                .expect(201);

        assertThat(put(reader, "/api/contents/{id}/progress/", Map.of("last_chapter", "4"), onePiece).expect(200)
                .json()).containsEntry("last_chapter", "4").containsEntry("notes", "my notes");
        assertThat(put(reader, "/api/contents/{id}/progress/", Map.of("notes", "new notes"), onePiece).expect(200)
                .json()).containsEntry("last_chapter", "4").containsEntry("notes", "new notes");
        assertThat(put(reader, "/api/contents/{id}/progress/", Map.of(), onePiece).expect(200).json())
                .containsEntry("last_chapter", "4").containsEntry("notes", "new notes");
        assertThat(put(reader, "/api/contents/{id}/progress/", Map.of("notes", ""), onePiece).expect(200).json())
                .containsEntry("last_chapter", "4").containsEntry("notes", "");
    }

    @Test
    void anExplicitNullClearsAFieldThatMayBeEmptyAndIsRefusedWhereItMayNot() {
        put(reader, "/api/contents/{id}/progress/", Map.of("last_chapter", "3", "notes", "n", "score", 7,
                "started_on", "2026-01-02", "favorite", true), onePiece).expect(201);

        Reply cleared = put(reader, "/api/contents/{id}/progress/",
                "{\"score\": null, \"started_on\": null, \"notes\": null}", onePiece).expect(200);

        assertThat(cleared.json()).containsEntry("score", null).containsEntry("started_on", null)
                .containsEntry("notes", "").containsEntry("last_chapter", "3").containsEntry("favorite", true);
        put(reader, "/api/contents/{id}/progress/", "{\"status\": null, \"favorite\": null, \"score\": 5}", onePiece)
                .expectInvalid("status").expectInvalid("favorite");
        assertThat(get(reader, "/api/contents/{id}/progress/", onePiece).expect(200).json())
                .containsEntry("status", "reading").containsEntry("favorite", true).containsEntry("score", null);
    }

    @Test
    void aPutWithoutFieldsCreatesAnEmptyEntry() {
        Reply created = put(reader, "/api/contents/{id}/progress/", Map.of(), onePiece).expect(201);

        assertThat(created.json()).containsEntry("last_chapter", "").containsEntry("notes", "");
    }

    @Test
    void theEntryCreatedByPutIsTheOneOfTheProgressList() {
        long id = put(reader, "/api/contents/{id}/progress/", Map.of("last_chapter", "1"), onePiece).expect(201).id();

        post(reader, "/api/progress/", Map.of("content", onePiece)).expectConflictOn("content");
        assertThat(get(reader, "/api/progress/{id}/", id).expect(200).get("last_chapter")).isEqualTo("1");
        patch(reader, "/api/progress/{id}/", Map.of("notes", "via list"), id).expect(200);
        assertThat(get(reader, "/api/contents/{id}/progress/", onePiece).expect(200).json())
                .containsEntry("id", (int) id).containsEntry("notes", "via list");
    }

    @Test
    void getAndDeleteAnswerForTheCallersEntry() {
        get(reader, "/api/contents/{id}/progress/", onePiece).expectProblem(404);
        delete(reader, "/api/contents/{id}/progress/", onePiece).expectProblem(404);

        Reply created = put(reader, "/api/contents/{id}/progress/", Map.of("last_chapter", "1"), onePiece).expect(201);
        assertThat(get(reader, "/api/contents/{id}/progress/", onePiece).expect(200).json()).isEqualTo(created.json());

        delete(reader, "/api/contents/{id}/progress/", onePiece).expect(204);
        get(reader, "/api/contents/{id}/progress/", onePiece).expectProblem(404);
        get(reader, "/api/progress/{id}/", created.id()).expectProblem(404);
        put(reader, "/api/contents/{id}/progress/", Map.of(), onePiece).expect(201);
    }

    @Test
    void anUnknownOrNonNumericContentIsNotFound() {
        long gone = catalog.content(catalog.category("Old"), "Gone");
        delete(catalog.admin(), "/api/contents/{id}/", gone).expect(204);

        put(reader, "/api/contents/{id}/progress/", Map.of("last_chapter", "1"), gone).expectProblem(404);
        get(reader, "/api/contents/{id}/progress/", gone).expectProblem(404);
        delete(reader, "/api/contents/{id}/progress/", gone).expectProblem(404);
        put(reader, "/api/contents/abc/progress/", Map.of("last_chapter", "1")).expectProblem(404);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM progress", Long.class)).isZero();
    }

    @Test
    void invalidBodiesAreRefusedAndChangeNothing() {
        put(reader, "/api/contents/{id}/progress/", Map.of("last_chapter", "1", "notes", "keep"), onePiece)
                .expect(201);

        put(reader, "/api/contents/{id}/progress/", Map.of("last_chapter", "1".repeat(51)), onePiece)
                .expectInvalid("last_chapter");
        put(reader, "/api/contents/{id}/progress/", Map.of("notes", "n".repeat(10_001)), onePiece)
                .expectInvalid("notes");
        put(reader, "/api/contents/{id}/progress/", "{\"last_chapter\": ", onePiece).expectProblem(400);
        put(reader, "/api/contents/{id}/progress/", "[]", onePiece).expectProblem(400);

        assertThat(get(reader, "/api/contents/{id}/progress/", onePiece).expect(200).json())
                .containsEntry("last_chapter", "1").containsEntry("notes", "keep");
    }

    @Test
    void concurrentFirstPutsLeaveExactlyOneEntry() throws Exception {
        int threads = 16;
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Reply>> replies = new ArrayList<>();
        try {
            for (int i = 0; i < threads; i++) {
                String chapter = String.valueOf(i + 1);
                replies.add(pool.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    return put(reader, "/api/contents/{id}/progress/", Map.of("last_chapter", chapter), onePiece);
                }));
            }
            List<Reply> answers = new ArrayList<>();
            for (Future<Reply> reply : replies) {
                answers.add(reply.get(120, TimeUnit.SECONDS));
            }

            assertThat(answers).allSatisfy(reply -> assertThat(reply.status()).as("%s", reply).isIn(200, 201));
            assertThat(answers).filteredOn(reply -> reply.status() == 201).hasSize(1);
            assertThat(answers.stream().map(Reply::id).distinct()).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM progress WHERE user_id = ? AND content_id = ?",
                Long.class, reader.id(), onePiece)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM progress", Long.class)).isEqualTo(1);
    }

    @Test
    void concurrentPutsOfDifferentFieldsKeepBoth() throws Exception {
        put(reader, "/api/contents/{id}/progress/", Map.of(), onePiece).expect(201);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 1; round <= 5; round++) {
                String chapter = "c" + round;
                String notes = "n" + round;
                CyclicBarrier start = new CyclicBarrier(2);
                Future<Reply> chapterPut = pool.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    return put(reader, "/api/contents/{id}/progress/", Map.of("last_chapter", chapter), onePiece);
                });
                Future<Reply> notesPut = pool.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    return put(reader, "/api/contents/{id}/progress/", Map.of("notes", notes), onePiece);
                });
                chapterPut.get(120, TimeUnit.SECONDS).expect(200);
                notesPut.get(120, TimeUnit.SECONDS).expect(200);

                assertThat(get(reader, "/api/contents/{id}/progress/", onePiece).expect(200).json())
                        .containsEntry("last_chapter", chapter).containsEntry("notes", notes);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void concurrentPutsOfDifferentUsersEachCreateTheirOwnEntry() throws Exception {
        int threads = 8;
        List<Session> readers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            readers.add(user("reader" + i));
        }
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Reply>> replies = new ArrayList<>();
        try {
            for (Session caller : readers) {
                replies.add(pool.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    return put(caller, "/api/contents/{id}/progress/", Map.of("last_chapter", "1"), onePiece);
                }));
            }
            for (Future<Reply> reply : replies) {
                reply.get(120, TimeUnit.SECONDS).expect(201);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("SELECT count(DISTINCT user_id) FROM progress WHERE content_id = ?",
                Long.class, onePiece)).isEqualTo(threads);
    }
}
