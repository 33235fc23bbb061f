package org.readtrack.progress;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.readtrack.support.CatalogApiTest;
import org.readtrack.support.CatalogFixtures;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /api/contents/{id}/readers/}: how many follow a content, and how they rate it, no one named. */
class ContentReadersApiTest extends CatalogApiTest {

    private Session reader;
    private CatalogFixtures catalog;
    private long manga;
    private long series;

    @BeforeEach
    void catalogAndReader() {
        reader = user("reader");
        catalog = fixtures(admin("curator"));
        manga = catalog.category("Manga");
        series = catalog.content(manga, "Frieren");
    }

    @Test
    void aSeriesNobodyFollowsHasNoReaderAndNoMean() {
        Map<String, Object> readers = get(reader, "/api/contents/{id}/readers/", series).expect(200).json();

        assertThat(readers).containsOnlyKeys("readers", "mean_score", "scored")
                .containsEntry("readers", 0).containsEntry("scored", 0);
        assertThat(readers.get("mean_score")).isNull();
    }

    @Test
    void countsEveryReaderAndAveragesOnlyTheScoresPublicProfilesShow() {
        long other = catalog.content(manga, "Other");
        post(shown(reader), "/api/progress/", Map.of("content", series, "score", 8)).expect(201);
        post(shown(user("b")), "/api/progress/", Map.of("content", series, "score", 9.5, "status", "completed"))
                .expect(201);
        post(shown(user("c")), "/api/progress/", Map.of("content", series, "score", 6, "status", "dropped"))
                .expect(201);
        post(shown(user("d")), "/api/progress/", Map.of("content", series, "status", "plan_to_read")).expect(201);
        // counted as readers, their scores kept out of the mean: a private entry, a profile not public
        post(shown(user("e")), "/api/progress/", Map.of("content", series, "score", 1, "private", true)).expect(201);
        post(user("f"), "/api/progress/", Map.of("content", series, "score", 2)).expect(201);
        post(shown(user("g")), "/api/progress/", Map.of("content", other, "score", 2)).expect(201);

        Map<String, Object> readers = get(reader, "/api/contents/{id}/readers/", series).expect(200).json();

        assertThat(readers).containsEntry("readers", 6).containsEntry("scored", 3).containsEntry("mean_score", 7.83);
    }

    /** Three scores would otherwise give away the third to a reader who knows two, or sees the mean move. */
    @Test
    void aScoreOnAProfileNotPublicNeverMovesTheMean() {
        for (String name : List.of("a", "b", "c")) {
            post(shown(user(name)), "/api/progress/", Map.of("content", series, "score", 5)).expect(201);
        }
        Map<String, Object> before = get(reader, "/api/contents/{id}/readers/", series).expect(200).json();
        Session hidden = user("hidden");

        post(hidden, "/api/progress/", Map.of("content", series, "score", 10)).expect(201);

        Map<String, Object> after = get(reader, "/api/contents/{id}/readers/", series).expect(200).json();
        assertThat(after).containsEntry("readers", 4).containsEntry("mean_score", before.get("mean_score"))
                .containsEntry("scored", 3);
        patch(hidden, "/api/auth/me/", Map.of("profile_public", true)).expect(200);
        assertThat(get(reader, "/api/contents/{id}/readers/", series).expect(200).json())
                .containsEntry("mean_score", 6.25).containsEntry("scored", 4);
    }

    @Test
    void fewerThanThreeScoresGiveNoMean() {
        post(shown(reader), "/api/progress/", Map.of("content", series, "score", 8)).expect(201);
        post(shown(user("b")), "/api/progress/", Map.of("content", series, "score", 4)).expect(201);

        Map<String, Object> readers = get(reader, "/api/contents/{id}/readers/", series).expect(200).json();

        assertThat(readers).containsEntry("readers", 2).containsEntry("scored", 2);
        assertThat(readers.get("mean_score")).isNull();
    }

    @Test
    void theCountsAreOnlyReadAReaderWritingThemIsToldTheMethodNotThatModeratorsMay() {
        post(reader, "/api/contents/{id}/readers/", Map.of(), series).expectProblem(405);
        delete(reader, "/api/contents/{id}/readers/", series).expectProblem(405);
    }

    @Test
    void aSeriesTheCallerMayNotSeeIsNotFound() {
        Session proposer = user("proposer");
        long suggested = post(proposer, "/api/suggestions/", Map.of("title", "Dawn Saga", "feature_category", manga))
                .expect(201).number("content");
        post(proposer, "/api/progress/", Map.of("content", suggested)).expect(201);

        get(reader, "/api/contents/{id}/readers/", suggested).expectProblem(404);
        assertThat(get(proposer, "/api/contents/{id}/readers/", suggested).expect(200).json())
                .containsEntry("readers", 1);
        assertThat(get(catalog.admin(), "/api/contents/{id}/readers/", suggested).expect(200).json())
                .containsEntry("readers", 1);
        get(reader, "/api/contents/{id}/readers/", 999_999).expectProblem(404);
        get(reader, "/api/contents/abc/readers/").expectProblem(404);
    }

    @Test
    void deletingTheSeriesTakesTheEntriesItCounted() {
        post(reader, "/api/progress/", Map.of("content", series)).expect(201);
        assertThat(get(catalog.admin(), "/api/contents/{id}/readers/", series).expect(200).json())
                .containsEntry("readers", 1);

        delete(catalog.admin(), "/api/contents/{id}/", series).expect(204);

        get(catalog.admin(), "/api/contents/{id}/readers/", series).expectProblem(404);
        assertThat(get(reader, "/api/progress/").expect(200).number("count")).isZero();
    }

    /** The reader with a public profile: their entries that are not private show there. */
    private Session shown(Session session) {
        patch(session, "/api/auth/me/", Map.of("profile_public", true)).expect(200);
        return session;
    }
}
