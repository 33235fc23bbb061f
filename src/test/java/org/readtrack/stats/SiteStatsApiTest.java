package org.readtrack.stats;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.readtrack.support.CatalogApiTest;
import org.readtrack.support.CatalogFixtures;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /api/stats/}: the site's figures, for administrators only. */
class SiteStatsApiTest extends CatalogApiTest {

    @Test
    void onlyAdministratorsSeeThem() {
        Session reader = user("reader");

        get(reader, "/api/stats/").expectProblem(403);
        http.get().uri("/api/stats/").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void countsAccountsCatalogAndTracking() {
        Session admin = admin("curator");
        CatalogFixtures catalog = fixtures(admin);
        long manga = catalog.category("Manga");
        long popular = catalog.content(manga, "Popular");
        long niche = catalog.content(manga, "Niche");
        catalog.chapter(popular, "1");
        catalog.chapter(popular, "2");
        Session first = user("first");
        Session second = user("second");
        user("idle");
        post(first, "/api/progress/", Map.of("content", popular)).expect(201);
        long entry = post(second, "/api/progress/", Map.of("content", popular, "status", "on_hold")).expect(201).id();
        post(second, "/api/progress/", Map.of("content", niche, "status", "completed")).expect(201);
        post(second, "/api/progress/{id}/advance/", Map.of(), entry).expect(200);

        Map<String, Object> stats = get(admin, "/api/stats/").expect(200).json();

        Map<String, Object> users = map(stats.get("users"));
        assertThat(users).containsEntry("total", 4);
        // every account here logged in just now
        assertThat(users).containsEntry("active_7d", 4).containsEntry("active_30d", 4);
        List<Object> weeks = list(users.get("new_by_week"));
        assertThat(weeks).hasSize(12);
        assertThat(map(weeks.get(11))).containsEntry("count", 4);
        assertThat(map(stats.get("catalog"))).isEqualTo(Map.of("categories", 1, "contents", 2, "chapters", 2));

        Map<String, Object> tracking = map(stats.get("tracking"));
        assertThat(tracking).containsEntry("entries", 3);
        assertThat(map(tracking.get("by_status"))).containsEntry("reading", 1).containsEntry("on_hold", 1)
                .containsEntry("completed", 1).containsEntry("dropped", 0);
        List<Object> days = list(tracking.get("updates_by_day"));
        assertThat(days).hasSize(30);
        assertThat(map(days.get(29))).containsEntry("date",
                LocalDate.now(clock.withZone(ZoneOffset.UTC)).toString()).containsEntry("count", 4);
        assertThat(list(tracking.get("most_tracked"))).containsExactly(
                Map.of("content", Map.of("id", (int) popular, "title", "Popular"), "entries", 2),
                Map.of("content", Map.of("id", (int) niche, "title", "Niche"), "entries", 1));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return (List<Object>) value;
    }
}
