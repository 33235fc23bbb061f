package org.readtrack.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Moderators approve, reject or merge pending suggestions; readers may only suggest and list their own. */
class SuggestionReviewTest extends SuggestionTestSupport {

    @Test
    void aRejectedSuggestionStaysItsProposersWithTheirEntryAndTheReason() {
        Reply suggestion = suggest(proposer, "Tower of Gods");
        long content = suggestion.number("content");
        long entry = put(proposer, "/api/contents/{id}/progress/", Map.of("last_chapter", "40"), content).expect(201).id();

        post(moderator, "/api/suggestions/{id}/reject/", Map.of(), suggestion.id()).expectInvalid("reason");
        post(moderator, "/api/suggestions/{id}/reject/", Map.of("reason", "  "), suggestion.id()).expectInvalid("reason");
        post(moderator, "/api/suggestions/{id}/reject/", Map.of("reason", "x".repeat(501)), suggestion.id())
                .expectInvalid("reason");
        Reply rejected = post(moderator, "/api/suggestions/{id}/reject/",
                Map.of("reason", " Already in the catalog as Tower of God. "), suggestion.id()).expect(200);

        assertThat(rejected.json()).containsEntry("status", "rejected")
                .containsEntry("reason", "Already in the catalog as Tower of God.")
                .containsEntry("content_detail", null); // no longer the moderator's to see
        Map<String, Object> kept = get(proposer, "/api/contents/{id}/", content).expect(200).object("suggestion");
        assertThat(kept).containsEntry("status", "rejected").containsEntry("reason", "Already in the catalog as Tower of God.");
        assertThat(get(proposer, "/api/progress/{id}/", entry).expect(200).json()).containsEntry("last_chapter", "40");
        assertThat(listed(proposer, "&search=tower")).containsExactly((int) content);
        assertThat(get(proposer, "/api/suggestions/").expect(200).results().get(0))
                .containsEntry("status", "rejected").containsEntry("reason", "Already in the catalog as Tower of God.");
        for (Session outsider : List.of(moderator, admin, other)) {
            get(outsider, "/api/contents/{id}/", content).expectProblem(404);
            assertThat(listed(outsider, "&search=tower")).isEmpty();
        }
        patch(moderator, "/api/contents/{id}/", Map.of("title", "Mine now"), content).expectProblem(404);
        delete(moderator, "/api/contents/{id}/", content).expectProblem(404);
        post(moderator, "/api/chapters/", Map.of("content", content, "chapter_number", "1")).expectInvalid("content");
    }

    @Test
    void aMergeMovesTheProposersEntryAndRemovesTheSuggestedContent() {
        long towerOfGod = catalog.content(manga, "Tower of God");
        Reply suggestion = suggest(proposer, "Tower of Gods");
        long suggested = suggestion.number("content");
        catalog.chapter(suggested, "1");
        long entry = put(proposer, "/api/contents/{id}/progress/", Map.of("last_chapter", "40"), suggested).expect(201).id();

        Reply merged = post(moderator, "/api/suggestions/{id}/merge/", Map.of("into", towerOfGod), suggestion.id())
                .expect(200);

        assertThat(merged.json()).containsEntry("status", "merged").containsEntry("content", (int) towerOfGod)
                .containsEntry("title", "Tower of Gods");
        assertThat(get(proposer, "/api/contents/{id}/progress/", towerOfGod).expect(200).json())
                .containsEntry("id", (int) entry).containsEntry("last_chapter", "40");
        assertThat(history(entry).get(0)).containsEntry("action", "update")
                .containsEntry("changes", Map.of("content", List.of((int) suggested, (int) towerOfGod)));
        for (Session anyone : List.of(proposer, moderator)) {
            get(anyone, "/api/contents/{id}/", suggested).expectProblem(404);
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM contents WHERE id = ?", Long.class, suggested)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM chapters WHERE content_id = ?", Long.class, suggested))
                .isZero();
        // undo stops at the merge, shown as the update it is to clients (DESIGN.md's five actions): the content
        // before it is gone
        assertThat(post(proposer, "/api/progress/{id}/undo/", null, entry).expectProblem(409).string("detail"))
                .isEqualTo("This series was merged into another since: the changes made before cannot be undone.");
        patch(proposer, "/api/progress/{id}/", Map.of("last_chapter", "41"), entry).expect(200);
        assertThat(post(proposer, "/api/progress/{id}/undo/", null, entry).expect(200).string("last_chapter")).isEqualTo("40");
        post(proposer, "/api/progress/{id}/undo/", null, entry).expectProblem(409);
    }

    @Test
    void aReaderWhoTrackedBothKeepsTheFurtherEntry() {
        long towerOfGod = catalog.content(manga, "Tower of God");
        Reply suggestion = suggest(proposer, "Tower of Gods");
        long suggested = suggestion.number("content");
        long further = put(proposer, "/api/contents/{id}/progress/", Map.of("last_chapter", "12", "favorite", true),
                suggested).expect(201).id();
        long behind = put(proposer, "/api/contents/{id}/progress/", Map.of("last_chapter", "9"), towerOfGod)
                .expect(201).id(); // changed later, yet chapter 9 < 12

        post(moderator, "/api/suggestions/{id}/merge/", Map.of("into", towerOfGod), suggestion.id()).expect(200);

        assertThat(get(proposer, "/api/progress/").expect(200).results()).singleElement().satisfies(kept -> assertThat(kept)
                .containsEntry("id", (int) further).containsEntry("content", (int) towerOfGod)
                .containsEntry("last_chapter", "12").containsEntry("favorite", true));
        get(proposer, "/api/progress/{id}/", behind).expectProblem(404);
        assertThat(history(further).get(0)).containsEntry("action", "update");
    }

    @Test
    void theKeptEntryGainsWhatOnlyTheLostOneHeld() {
        long towerOfGod = catalog.content(manga, "Tower of God");
        Reply suggestion = suggest(proposer, "Tower of Gods");
        long suggested = suggestion.number("content");
        long further = put(proposer, "/api/contents/{id}/progress/", Map.of("last_chapter", "12", "notes", "Bam!",
                "tags", List.of("tower"), "started_on", "2024-03-01"), suggested).expect(201).id();
        put(proposer, "/api/contents/{id}/progress/", Map.of("last_chapter", "9", "notes", "Read on the bus",
                "tags", List.of("Tower", "webtoon"), "score", 8.5, "started_on", "2023-06-01",
                "reading_url", "https://example.org/tog"), towerOfGod).expect(201);

        post(moderator, "/api/suggestions/{id}/merge/", Map.of("into", towerOfGod), suggestion.id()).expect(200);

        assertThat(get(proposer, "/api/progress/{id}/", further).expect(200).json())
                .containsEntry("content", (int) towerOfGod).containsEntry("last_chapter", "12")
                .containsEntry("notes", "Bam!\n\nRead on the bus").containsEntry("tags", List.of("tower", "webtoon"))
                .containsEntry("score", 8.5).containsEntry("started_on", "2023-06-01")
                .containsEntry("reading_url", "https://example.org/tog");
        assertThat(history(further).get(0)).containsEntry("action", "update").extractingByKey("changes")
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsKeys("content", "notes", "tags", "score", "started_on", "reading_url");
    }

    @Test
    void onEqualChaptersTheLatestChangeWinsAndTheKeptEntryRecordsTheMerge() {
        // at noon: five minutes on from just before midnight, the second entry started a day later, and the merge
        // recorded that change too
        clock.set(java.time.Instant.parse("2026-06-01T12:00:00Z"));
        long towerOfGod = catalog.content(manga, "Tower of God");
        Reply suggestion = suggest(proposer, "Tower of Gods");
        long suggested = suggestion.number("content");
        long older = put(proposer, "/api/contents/{id}/progress/", Map.of("last_chapter", "12"), suggested)
                .expect(201).id();
        clock.advance(java.time.Duration.ofMinutes(5));
        long newer = put(proposer, "/api/contents/{id}/progress/", Map.of("last_chapter", "12", "notes", "newer"),
                towerOfGod).expect(201).id();

        post(moderator, "/api/suggestions/{id}/merge/", Map.of("into", towerOfGod), suggestion.id()).expect(200);

        assertThat(get(proposer, "/api/progress/").expect(200).results("id")).containsExactly((int) newer);
        assertThat(get(proposer, "/api/progress/{id}/", newer).expect(200).string("notes")).isEqualTo("newer");
        get(proposer, "/api/progress/{id}/", older).expectProblem(404);
        List<Map<String, Object>> history = history(newer);
        assertThat(history).extracting(record -> record.get("action")).containsExactly("update", "create");
        assertThat(history.get(0)).containsEntry("changes", Map.of("content", List.of((int) suggested, (int) towerOfGod)));
        post(proposer, "/api/progress/{id}/undo/", null, newer).expectProblem(409);
    }

    @Test
    void aMergeWithoutAnyReaderOnlyRemovesTheSuggestion() {
        long towerOfGod = catalog.content(manga, "Tower of God");
        long reader = put(other, "/api/contents/{id}/progress/", Map.of("last_chapter", "3"), towerOfGod).expect(201).id();
        Reply suggestion = suggest(proposer, "Tower of Gods");

        post(moderator, "/api/suggestions/{id}/merge/", Map.of("into", towerOfGod), suggestion.id()).expect(200);

        assertThat(get(proposer, "/api/progress/").expect(200).results()).isEmpty();
        assertThat(history(other, reader)).extracting(record -> record.get("action")).containsExactly("create");
        assertThat(get(proposer, "/api/suggestions/").expect(200).results().get(0))
                .containsEntry("status", "merged").containsEntry("content", (int) towerOfGod);
    }

    @Test
    void aMergeNeedsAnotherPublicContent() {
        Reply suggestion = suggest(proposer, "Tower of Gods");
        long pending = suggest(other, "Tower of Dogs").number("content");

        Reply itself = post(moderator, "/api/suggestions/{id}/merge/", Map.of("into", suggestion.number("content")),
                suggestion.id()).expectInvalid("into");
        assertThat(itself.errors().get("into").get(0)).contains("its own content");
        post(moderator, "/api/suggestions/{id}/merge/", Map.of("into", 99999), suggestion.id()).expectInvalid("into");
        post(moderator, "/api/suggestions/{id}/merge/", Map.of("into", pending), suggestion.id()).expectInvalid("into");
        post(moderator, "/api/suggestions/{id}/merge/", Map.of(), suggestion.id()).expectInvalid("into");
        post(moderator, "/api/suggestions/{id}/merge/", Map.of("into", pending), 99999).expectProblem(404);

        assertThat(get(proposer, "/api/suggestions/").expect(200).results().get(0)).containsEntry("status", "pending");
    }

    @Test
    void anApprovalRefusesANullStatusAndStaysPending() {
        Reply suggested = suggest(proposer, "Solo Leveling");
        Map<String, Object> nullStatus = new java.util.HashMap<>();
        nullStatus.put("status", null);

        post(moderator, "/api/suggestions/{id}/approve/", nullStatus, suggested.id()).expectInvalid("status");

        assertThat(get(proposer, "/api/suggestions/").expect(200).results().get(0)).containsEntry("status", "pending");
    }

    @Test
    void onlyAPendingSuggestionIsReviewed() {
        long towerOfGod = catalog.content(manga, "Tower of God");
        Reply approved = suggest(proposer, "Solo Leveling");
        Reply rejected = suggest(proposer, "Omniscient Reader");
        Reply merged = suggest(proposer, "Kami no Tou");
        post(moderator, "/api/suggestions/{id}/approve/", null, approved.id()).expect(200);
        post(admin, "/api/suggestions/{id}/reject/", Map.of("reason", "No"), rejected.id()).expect(200);
        post(moderator, "/api/suggestions/{id}/merge/", Map.of("into", towerOfGod), merged.id()).expect(200);
        // merged, the suggestion names the content it went into: merging it there again is "no longer pending" too
        assertThat(post(moderator, "/api/suggestions/{id}/merge/", Map.of("into", towerOfGod), merged.id())
                .expectProblem(409).string("suggestion_status")).isEqualTo("merged");

        Reply twice = post(moderator, "/api/suggestions/{id}/approve/", null, approved.id()).expectProblem(409);
        assertThat(twice.string("suggestion_status")).isEqualTo("approved");
        post(moderator, "/api/suggestions/{id}/reject/", Map.of("reason", "No"), approved.id()).expectProblem(409);
        post(moderator, "/api/suggestions/{id}/merge/", Map.of("into", towerOfGod), approved.id()).expectProblem(409);
        post(moderator, "/api/suggestions/{id}/approve/", null, rejected.id()).expectProblem(409);
        post(moderator, "/api/suggestions/{id}/merge/", Map.of("into", towerOfGod), rejected.id()).expectProblem(409);
        post(moderator, "/api/suggestions/{id}/approve/", null, 99999).expectProblem(404);
    }

    @Test
    void readersMayNotReview() {
        Reply suggestion = suggest(proposer, "Tower of Gods");
        long towerOfGod = catalog.content(manga, "Tower of God");

        for (Session reader : List.of(proposer, other)) {
            post(reader, "/api/suggestions/{id}/approve/", null, suggestion.id()).expectProblem(403);
            post(reader, "/api/suggestions/{id}/reject/", Map.of("reason", "No"), suggestion.id()).expectProblem(403);
            post(reader, "/api/suggestions/{id}/merge/", Map.of("into", towerOfGod), suggestion.id()).expectProblem(403);
        }
        get(other, "/api/contents/{id}/", suggestion.number("content")).expectProblem(404);
    }

    @Test
    void aDuplicateTitleNamesTheContentThatHasIt() {
        long onePiece = catalog.content(manga, "One Piece", Map.of("alt_titles", List.of("Wan Pīsu")));
        long novels = catalog.category("Novels");

        Reply sameTitle = post(proposer, "/api/suggestions/", body("title", "  one piece!", "feature_category", manga))
                .expectConflictOn("title");
        assertThat(sameTitle.number("existing")).isEqualTo(onePiece);
        assertThat(post(proposer, "/api/suggestions/", body("title", "Wan Pisu", "feature_category", manga))
                .expectConflictOn("title").number("existing")).isEqualTo(onePiece);
        assertThat(post(proposer, "/api/suggestions/", body("title", "Piece One", "alt_titles", List.of("ONE-PIECE"),
                "feature_category", manga)).expectConflictOn("title").number("existing")).isEqualTo(onePiece);
        // another category is another series
        post(proposer, "/api/suggestions/", body("title", "One Piece", "feature_category", novels)).expect(201);

        long pending = suggest(proposer, "Frieren").number("content");
        Reply suggestedAlready = post(other, "/api/suggestions/", body("title", "FRIEREN", "feature_category", manga))
                .expectConflictOn("title");
        // another reader's suggestion: said to exist (no second one of the same series), but not which content
        assertThat(suggestedAlready.json()).doesNotContainKey("existing");
        assertThat(suggestedAlready.errors().get("title").get(0)).contains("awaits review");
        assertThat(post(proposer, "/api/suggestions/", body("title", "Frieren", "feature_category", manga))
                .expectConflictOn("title").number("existing")).isEqualTo(pending);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM suggestions", Long.class)).isEqualTo(2);
    }

    @Test
    void aSuggestionIsValidatedAsAContent() {
        post(proposer, "/api/suggestions/", body("feature_category", manga)).expectInvalid("title");
        post(proposer, "/api/suggestions/", body("title", "x".repeat(201), "feature_category", manga))
                .expectInvalid("title");
        post(proposer, "/api/suggestions/", body("title", "Dune")).expectInvalid("feature_category");
        post(proposer, "/api/suggestions/", body("title", "Dune", "feature_category", 9999)).expectInvalid("feature_category");
        post(proposer, "/api/suggestions/", body("title", "Dune", "feature_category", manga, "release_days",
                List.of("someday"))).expectInvalid("release_days");
        post(proposer, "/api/suggestions/", "{\"title\": ").expectProblem(400);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM contents", Long.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM suggestions", Long.class)).isZero();
    }

    @Test
    void readersListTheirOwnModeratorsEveryoneByStatusNewestFirst() {
        Reply first = suggest(proposer, "First");
        Reply second = suggest(other, "Second");
        Reply third = suggest(proposer, "Third");
        post(moderator, "/api/suggestions/{id}/approve/", null, first.id()).expect(200);

        assertThat(get(proposer, "/api/suggestions/").expect(200).results("id"))
                .containsExactly((int) third.id(), (int) first.id());
        assertThat(get(proposer, "/api/suggestions/?status=pending").expect(200).results("id"))
                .containsExactly((int) third.id());
        assertThat(get(other, "/api/suggestions/").expect(200).results("id")).containsExactly((int) second.id());
        assertThat(get(moderator, "/api/suggestions/").expect(200).results("id"))
                .containsExactly((int) third.id(), (int) second.id(), (int) first.id());
        assertThat(get(admin, "/api/suggestions/?status=approved").expect(200).results("id"))
                .containsExactly((int) first.id());
        assertThat(get(moderator, "/api/suggestions/?status=rejected").expect(200).results()).isEmpty();
        // who reviewed it: for the moderators who share the work, not for the proposer
        assertThat(get(admin, "/api/suggestions/").expect(200).results())
                .extracting(suggestion -> suggestion.get("reviewed_by_username")).containsExactly(null, null, "moderator");
        assertThat(get(proposer, "/api/suggestions/").expect(200).results())
                .extracting(suggestion -> suggestion.get("reviewed_by_username")).containsOnlyNulls();
        Reply paged = get(moderator, "/api/suggestions/?page_size=2&page=2").expect(200);
        assertThat(paged.number("count")).isEqualTo(3);
        assertThat(paged.results("id")).containsExactly((int) first.id());
        get(moderator, "/api/suggestions/?status=maybe").expectInvalid("status");
        http.get().uri("/api/suggestions/").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void aPendingSuggestionKeepsItsCategoryARejectedOneGoesWithIt() {
        long shelf = catalog.category("Shelf");
        Reply suggestion = post(proposer, "/api/suggestions/", body("title", "Mine alone", "feature_category", shelf))
                .expect(201);
        long entry = put(proposer, "/api/contents/{id}/progress/", Map.of("last_chapter", "3"),
                suggestion.number("content")).expect(201).id();

        assertThat(delete(admin, "/api/categories/{id}/", shelf).expectProblem(409).number("content_count")).isEqualTo(1);

        post(moderator, "/api/suggestions/{id}/reject/", Map.of("reason", "Not a series"), suggestion.id()).expect(200);
        delete(moderator, "/api/categories/{id}/", shelf).expect(204);

        get(proposer, "/api/contents/{id}/", suggestion.number("content")).expectProblem(404);
        get(proposer, "/api/progress/{id}/", entry).expectProblem(404);
        get(proposer, "/api/categories/{id}/", shelf).expectProblem(404);
    }

    @Test
    void deletedAccountsTakeTheirPrivateContentsAndLeaveTheirReviews() {
        long rejectedContent = suggest(proposer, "Mine alone").number("content");
        long pending = suggest(proposer, "Still waiting").id();
        Reply approved = suggest(other, "Everyone's");
        post(moderator, "/api/suggestions/{id}/reject/", Map.of("reason", "No"),
                jdbc.queryForObject("SELECT id FROM suggestions WHERE content_id = ?", Long.class, rejectedContent))
                .expect(200);
        post(moderator, "/api/suggestions/{id}/approve/", null, approved.id()).expect(200);

        delete(admin, "/api/users/{id}/", proposer.id()).expect(204);
        delete(admin, "/api/users/{id}/", moderator.id()).expect(204);

        assertThat(jdbc.queryForObject("SELECT count(*) FROM contents WHERE private_to IS NOT NULL", Long.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM suggestions WHERE id = ?", Long.class, pending)).isZero();
        assertThat(get(admin, "/api/suggestions/").expect(200).results()).singleElement()
                .satisfies(kept -> assertThat(kept).containsEntry("status", "approved")
                        .containsEntry("reviewed_by_username", null));
        get(other, "/api/contents/{id}/", approved.number("content")).expect(200);
    }

    private List<Map<String, Object>> history(long entry) {
        return history(proposer, entry);
    }

    private List<Map<String, Object>> history(Session reader, long entry) {
        return get(reader, "/api/progress/{id}/history/", entry).expect(200).results();
    }
}
