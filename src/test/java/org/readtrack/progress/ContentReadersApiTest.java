package org.readtrack.progress;

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

        assertThat(readers).containsOnlyKeys("readers", "by_status", "mean_score", "scored")
                .containsEntry("readers", 0).containsEntry("scored", 0);
        assertThat(readers.get("mean_score")).isNull();
        assertThat(map(readers.get("by_status"))).containsOnlyKeys("reading", "completed", "on_hold", "dropped",
                "plan_to_read").allSatisfy((status, count) -> assertThat(count).isEqualTo(0));
    }

    @Test
    void countsEveryReaderByStatusAndAveragesTheScoresThatAreNotPrivate() {
        long other = catalog.content(manga, "Other");
        post(reader, "/api/progress/", Map.of("content", series, "score", 8)).expect(201);
        post(user("b"), "/api/progress/", Map.of("content", series, "score", 9.5, "status", "completed")).expect(201);
        post(user("c"), "/api/progress/", Map.of("content", series, "score", 6, "status", "dropped")).expect(201);
        post(user("d"), "/api/progress/", Map.of("content", series, "status", "plan_to_read")).expect(201);
        // counted as a reader, its score kept out of the mean
        post(user("e"), "/api/progress/", Map.of("content", series, "score", 1, "private", true)).expect(201);
        post(user("f"), "/api/progress/", Map.of("content", other, "score", 2)).expect(201);

        Map<String, Object> readers = get(reader, "/api/contents/{id}/readers/", series).expect(200).json();

        assertThat(readers).containsEntry("readers", 5).containsEntry("scored", 3).containsEntry("mean_score", 7.83);
        assertThat(map(readers.get("by_status"))).containsEntry("reading", 2).containsEntry("completed", 1)
                .containsEntry("dropped", 1).containsEntry("plan_to_read", 1).containsEntry("on_hold", 0);
    }

    @Test
    void fewerThanThreeScoresGiveNoMeanThatWouldTellOneReadersScore() {
        post(reader, "/api/progress/", Map.of("content", series, "score", 8)).expect(201);
        post(user("b"), "/api/progress/", Map.of("content", series, "score", 4)).expect(201);

        Map<String, Object> readers = get(reader, "/api/contents/{id}/readers/", series).expect(200).json();

        assertThat(readers).containsEntry("readers", 2).containsEntry("scored", 2);
        assertThat(readers.get("mean_score")).isNull();
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

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
