package org.readtrack.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.readtrack.support.CatalogApiTest;
import org.readtrack.support.CatalogFixtures;
import org.readtrack.support.TestImages;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/**
 * DESIGN.md B4: {@code GET /api/profiles/{username}/} and its {@code entries/}, for a public profile or
 * one's own; 404 for a private profile, an inactive account or an unknown name. Private entries are left
 * out of the list and of the statistics.
 */
class PublicProfileTest extends CatalogApiTest {

    private Session alice;
    private Session bob;
    private long onePiece;
    private long naruto;
    private long bleach;

    @BeforeEach
    void readersAndCatalog() {
        alice = user("Alice");
        bob = user("bob");
        CatalogFixtures catalog = fixtures(admin("curator"));
        long manga = catalog.category("Manga");
        onePiece = catalog.content(manga, "One Piece");
        naruto = catalog.content(manga, "Naruto");
        bleach = catalog.content(manga, "Bleach");
    }

    private void makePublic(Session session, boolean shown) {
        patch(session, "/api/auth/me/", Map.of("profile_public", shown)).expect(200);
    }

    @Test
    void aPrivateProfileIsFoundByItsOwnerOnly() {
        get(bob, "/api/profiles/Alice/").expectProblem(404);
        get(bob, "/api/profiles/Alice/entries/").expectProblem(404);

        assertThat(get(alice, "/api/profiles/Alice/").expect(200).string("username")).isEqualTo("Alice");
        get(alice, "/api/profiles/Alice/entries/").expect(200);
    }

    @Test
    void aPublicProfileShowsItsBioAvatarAndStatistics() {
        patch(alice, "/api/auth/me/", Map.of("bio", "Pirates, mostly.", "profile_public", true,
                "preferences", Map.of("language", "fr"))).expect(200);
        String avatar = send(HttpMethod.PUT, alice, "/api/auth/me/avatar/", MediaType.IMAGE_PNG_VALUE,
                TestImages.png(TestImages.gradient(40, 40, false))).expect(200).string("avatar");

        Reply profile = get(bob, "/api/profiles/alice/").expect(200);

        assertThat(profile.json()).containsOnlyKeys("username", "bio", "avatar", "stats")
                .containsEntry("username", "Alice").containsEntry("bio", "Pirates, mostly.")
                .containsEntry("avatar", avatar);
        assertThat(profile.object("stats")).containsKeys("entries", "by_status", "favorites", "mean_score",
                "score_histogram", "chapters_read", "chapters_read_by_day", "by_category");
        // the name matches in any case, as login's does
        get(bob, "/api/profiles/ALICE/").expect(200);
    }

    @Test
    void theVisitorSaysWhichTimeZoneTheDaysAreIn() {
        makePublic(alice, true);
        // 18:20 UTC is 00:05 the next day in Kathmandu (UTC+5:45)
        long entry = post(alice, "/api/progress/", Map.of("content", onePiece, "last_chapter", "1")).expect(201).id();
        clock.set(Instant.parse("2026-03-10T18:20:00Z"));
        patch(alice, "/api/progress/{id}/", Map.of("last_chapter", "5"), entry).expect(200);

        assertThat(lastDay(get(bob, "/api/profiles/Alice/").expect(200)))
                .isEqualTo(Map.of("date", "2026-03-10", "count", 4));
        assertThat(lastDay(get(bob, "/api/profiles/Alice/?time_zone=Asia/Kathmandu").expect(200)))
                .isEqualTo(Map.of("date", "2026-03-11", "count", 4));
        get(bob, "/api/profiles/Alice/?time_zone=Nowhere").expectInvalid("time_zone");
        // the zone the web app sends with every call, when the query names none
        assertThat(lastDay(send(HttpMethod.GET, bob, Map.of("Time-Zone", "Asia/Kathmandu"), "/api/profiles/Alice/",
                "application/json", new byte[0]).expect(200))).isEqualTo(Map.of("date", "2026-03-11", "count", 4));
    }

    @SuppressWarnings("unchecked")
    private static Object lastDay(Reply profile) {
        List<Object> days = (List<Object>) profile.object("stats").get("chapters_read_by_day");
        return days.get(days.size() - 1);
    }

    @Test
    void unknownInactiveAndHiddenAgainAre404() {
        makePublic(alice, true);
        get(bob, "/api/profiles/nobody/").expectProblem(404);
        get(bob, "/api/profiles/nobody/entries/").expectProblem(404);

        jdbc.update("UPDATE users SET active = FALSE WHERE id = ?", alice.id());
        get(bob, "/api/profiles/Alice/").expectProblem(404);
        get(bob, "/api/profiles/Alice/entries/").expectProblem(404);

        jdbc.update("UPDATE users SET active = TRUE WHERE id = ?", alice.id());
        get(bob, "/api/profiles/Alice/").expect(200);
        makePublic(alice, false);
        get(bob, "/api/profiles/Alice/").expectProblem(404);
    }

    @Test
    void aProfileNeedsAToken() {
        makePublic(alice, true);
        get(null, "/api/profiles/Alice/").expectProblem(401);
        get(null, "/api/profiles/Alice/entries/").expectProblem(401);
    }

    @Test
    void theEntriesLeaveThePrivateOnesOutAndKeepTheNotesToTheirOwner() {
        makePublic(alice, true);
        put(alice, "/api/contents/{id}/progress/", Map.of("last_chapter", "12", "score", 9, "favorite", true,
                "notes", "my secret thoughts", "tags", List.of("pirates"), "reading_url", "https://example.org/op"),
                onePiece).expect(201);
        clock.advance(java.time.Duration.ofSeconds(1));
        put(alice, "/api/contents/{id}/progress/", Map.of("status", "completed"), naruto).expect(201);
        put(alice, "/api/contents/{id}/progress/", Map.of("last_chapter", "7", "private", true), bleach).expect(201);

        for (Session viewer : List.of(bob, alice)) {
            Reply page = get(viewer, "/api/profiles/Alice/entries/").expect(200);
            assertThat(page.json()).containsEntry("count", 2);
            List<Map<String, Object>> entries = page.results();
            assertThat(entries).extracting(entry -> (Object) content(entry).get("title"))
                    .containsExactly("Naruto", "One Piece");
            Map<String, Object> op = entries.get(1);
            assertThat(op).containsOnlyKeys("content", "status", "last_chapter", "score", "favorite", "started_on",
                    "finished_on", "updated_at").containsEntry("last_chapter", "12").containsEntry("favorite", true);
            assertThat(content(op)).containsOnlyKeys("id", "title", "cover")
                    .containsEntry("id", (int) onePiece);
            assertThat(page.raw()).doesNotContain("Bleach", "secret", "pirates", "example.org");
        }
    }

    @Test
    void theEntriesArePagedLikeOtherLists() {
        makePublic(alice, true);
        for (long content : List.of(onePiece, naruto, bleach)) {
            put(alice, "/api/contents/{id}/progress/", Map.of("last_chapter", "1"), content).expect(201);
        }

        Reply first = get(bob, "/api/profiles/Alice/entries/?page_size=2").expect(200);
        assertThat(first.json()).containsEntry("count", 3).containsEntry("previous", null);
        assertThat(first.results()).hasSize(2);
        assertThat(first.string("next")).contains("page=2");
        assertThat(get(bob, "/api/profiles/Alice/entries/?page=2&page_size=2").expect(200).results()).hasSize(1);
        get(bob, "/api/profiles/Alice/entries/?page=3&page_size=2").expectProblem(404);
    }

    @Test
    void theStatisticsCountOnlyTheEntriesThatAreNotPrivate() {
        makePublic(alice, true);
        put(alice, "/api/contents/{id}/progress/", Map.of("last_chapter", "1", "score", 8), onePiece).expect(201);
        put(alice, "/api/contents/{id}/progress/", Map.of("last_chapter", "3"), onePiece).expect(200);
        put(alice, "/api/contents/{id}/progress/", Map.of("last_chapter", "1", "score", 2, "favorite", true,
                "status", "dropped", "private", true), bleach).expect(201);
        put(alice, "/api/contents/{id}/progress/", Map.of("last_chapter", "5"), bleach).expect(200);

        Map<String, Object> mine = get(alice, "/api/stats/me/").expect(200).json();
        assertThat(mine).containsEntry("entries", 2).containsEntry("favorites", 1).containsEntry("chapters_read", 8);

        for (Session viewer : List.of(bob, alice)) {
            Map<String, Object> shown = get(viewer, "/api/profiles/Alice/").expect(200).object("stats");
            assertThat(shown).containsEntry("entries", 1).containsEntry("favorites", 0)
                    .containsEntry("mean_score", 8.0).containsEntry("chapters_read", 3);
            @SuppressWarnings("unchecked")
            Map<String, Object> byStatus = (Map<String, Object>) shown.get("by_status");
            assertThat(byStatus).containsEntry("reading", 1).containsEntry("dropped", 0);
        }
    }

    @Test
    void aSeriesTheReaderSuggestedStaysOffTheirProfileUntilApproved() {
        makePublic(alice, true);
        long manga = get(alice, "/api/contents/{id}/", onePiece).expect(200).number("feature_category");
        long suggested = post(alice, "/api/suggestions/", body("title", "Kagurabachi", "feature_category", manga))
                .expect(201).number("content");
        put(alice, "/api/contents/{id}/progress/", Map.of("last_chapter", "1", "score", 10), suggested).expect(201);
        put(alice, "/api/contents/{id}/progress/", Map.of("last_chapter", "4"), suggested).expect(200);
        put(alice, "/api/contents/{id}/progress/", Map.of("last_chapter", "1", "score", 8), onePiece).expect(201);
        put(alice, "/api/contents/{id}/progress/", Map.of("last_chapter", "3"), onePiece).expect(200);

        Reply page = get(bob, "/api/profiles/Alice/entries/").expect(200);
        assertThat(page.json()).containsEntry("count", 1);
        assertThat(page.raw()).doesNotContain("Kagurabachi");
        assertThat(get(bob, "/api/profiles/Alice/").expect(200).object("stats")).containsEntry("entries", 1)
                .containsEntry("mean_score", 8.0).containsEntry("chapters_read", 3);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> content(Map<String, Object> entry) {
        return (Map<String, Object>) entry.get("content");
    }
}
