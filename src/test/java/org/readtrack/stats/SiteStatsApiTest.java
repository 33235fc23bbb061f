package org.readtrack.stats;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.readtrack.support.CatalogApiTest;
import org.springframework.http.HttpMethod;
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

    @Test
    void daysAndWeeksAreThoseOfTheTimeZoneHeader() {
        // 23:30 UTC on Sunday 28 February: Monday 1 March in Tokyo, a new week there (ahead of the real time,
        // which the tokens' expiry is checked against)
        clock.set(Instant.parse("2027-02-28T23:30:00Z"));
        Session admin = admin("curator");
        long content = fixtures(admin).content(fixtures(admin).category("Manga"), "Popular");
        post(user("reader"), "/api/progress/", Map.of("content", content)).expect(201);

        Map<String, Object> tokyo = send(HttpMethod.GET, admin, Map.of("Time-Zone", "Asia/Tokyo"), "/api/stats/",
                "application/json", new byte[0]).expect(200).json();
        Map<String, Object> utc = get(admin, "/api/stats/").expect(200).json();

        assertThat(map(last(map(tokyo.get("tracking")).get("updates_by_day"))))
                .isEqualTo(Map.of("date", "2027-03-01", "count", 1));
        assertThat(map(last(map(utc.get("tracking")).get("updates_by_day"))))
                .isEqualTo(Map.of("date", "2027-02-28", "count", 1));
        assertThat(map(last(map(tokyo.get("users")).get("new_by_week"))))
                .isEqualTo(Map.of("week", "2027-03-01", "count", 2));
        assertThat(map(last(map(utc.get("users")).get("new_by_week"))))
                .isEqualTo(Map.of("week", "2027-02-22", "count", 2));
        send(HttpMethod.GET, admin, Map.of("Time-Zone", "Tokyo"), "/api/stats/", "application/json", new byte[0])
                .expectInvalid("Time-Zone");
    }

    private static Object last(Object list) {
        List<Object> items = list(list);
        return items.get(items.size() - 1);
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
