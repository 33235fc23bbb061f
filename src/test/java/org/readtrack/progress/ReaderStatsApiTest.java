package org.readtrack.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.readtrack.shared.TimeZones;
import org.readtrack.support.CatalogApiTest;
import org.readtrack.support.CatalogFixtures;
import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /api/stats/me/}: the caller's reading statistics. */
class ReaderStatsApiTest extends CatalogApiTest {

    private Session reader;
    private CatalogFixtures catalog;
    private long manga;

    @BeforeEach
    void accountAndCatalog() {
        reader = user("reader");
        catalog = fixtures(admin("curator"));
        manga = catalog.category("Manga");
    }

    @Test
    void aNewReaderHasEveryFigureAtZero() {
        Map<String, Object> stats = get(reader, "/api/stats/me/").expect(200).json();

        assertThat(stats).containsOnlyKeys("entries", "by_status", "favorites", "mean_score", "lowest_score",
                "highest_score", "score_histogram", "chapters_read", "chapters_read_by_day", "by_category");
        assertThat(stats).containsEntry("entries", 0).containsEntry("favorites", 0).containsEntry("chapters_read", 0);
        assertThat(stats.get("mean_score")).isNull();
        assertThat(stats.get("lowest_score")).isNull();
        assertThat(stats.get("highest_score")).isNull();
        assertThat(map(stats.get("by_status"))).containsOnlyKeys("reading", "completed", "on_hold", "dropped",
                "plan_to_read").allSatisfy((status, count) -> assertThat(count).isEqualTo(0));
        assertThat(map(stats.get("score_histogram"))).hasSize(11).containsKeys("0", "10");
        List<Object> days = list(stats.get("chapters_read_by_day"));
        assertThat(days).hasSize(365);
        assertThat(map(days.get(364))).containsEntry("date",
                LocalDate.now(clock.withZone(ZoneOffset.UTC)).toString()).containsEntry("count", 0);
        assertThat(list(stats.get("by_category"))).isEmpty();
    }

    @Test
    void countsEntriesScoresAndCategories() {
        long novels = catalog.category("Novels");
        long a = catalog.content(manga, "A");
        long b = catalog.content(manga, "B");
        long c = catalog.content(novels, "C");
        post(reader, "/api/progress/", Map.of("content", a, "score", 8.5, "favorite", true)).expect(201);
        post(reader, "/api/progress/", Map.of("content", b, "score", 9, "status", "completed")).expect(201);
        post(reader, "/api/progress/", Map.of("content", c, "score", 3, "status", "dropped")).expect(201);
        post(user("other"), "/api/progress/", Map.of("content", a, "score", 1)).expect(201);

        Map<String, Object> stats = get(reader, "/api/stats/me/").expect(200).json();

        assertThat(stats).containsEntry("entries", 3).containsEntry("favorites", 1).containsEntry("mean_score", 6.83)
                // as given, not as the histogram's bars count them (8.5 under 8)
                .containsEntry("lowest_score", 3.0).containsEntry("highest_score", 9.0);
        assertThat(map(stats.get("by_status"))).containsEntry("reading", 1).containsEntry("completed", 1)
                .containsEntry("dropped", 1).containsEntry("on_hold", 0);
        assertThat(map(stats.get("score_histogram"))).containsEntry("8", 1).containsEntry("9", 1)
                .containsEntry("3", 1).containsEntry("1", 0);
        assertThat(list(stats.get("by_category"))).containsExactly(
                Map.of("category", Map.of("id", (int) manga, "name", "Manga"), "count", 2),
                Map.of("category", Map.of("id", (int) novels, "name", "Novels"), "count", 1));
        put(reader, "/api/contents/{id}/progress/", Map.of("score", 3.5), c).expect(200);
        assertThat(get(reader, "/api/stats/me/").expect(200).json()).containsEntry("lowest_score", 3.5);
    }

    @Test
    void chaptersReadCountAdvancesAndForwardChangesButNotUndoneOnes() {
        long content = catalog.content(manga, "One Piece");
        for (int i = 1; i <= 6; i++) {
            catalog.chapter(content, Integer.toString(i));
        }
        long id = post(reader, "/api/progress/", Map.of("content", content)).expect(201).id();
        post(reader, "/api/progress/{id}/advance/", Map.of(), id).expect(200);
        post(reader, "/api/progress/{id}/advance/", Map.of(), id).expect(200);
        patch(reader, "/api/progress/{id}/", Map.of("last_chapter", "5"), id).expect(200);
        // moving back reads nothing
        patch(reader, "/api/progress/{id}/", Map.of("last_chapter", "4"), id).expect(200);
        assertThat(chaptersRead()).isEqualTo(5);

        post(reader, "/api/progress/{id}/undo/", Map.of(), id).expect(200);
        post(reader, "/api/progress/{id}/undo/", Map.of(), id).expect(200);

        assertThat(chaptersRead()).isEqualTo(2);
        Map<String, Object> stats = get(reader, "/api/stats/me/").expect(200).json();
        List<Object> days = list(stats.get("chapters_read_by_day"));
        assertThat(map(days.get(days.size() - 1))).containsEntry("count", 2);
    }

    @Test
    void aNumberPastTheCatalogCountsTheDifference() {
        long content = catalog.content(manga, "Uncatalogued");
        long id = post(reader, "/api/progress/", Map.of("content", content, "last_chapter", "10")).expect(201).id();
        patch(reader, "/api/progress/{id}/", Map.of("last_chapter", "14"), id).expect(200);

        assertThat(chaptersRead()).isEqualTo(4);
    }

    @Test
    void theChapterAnEntryStartsAtIsWhereTheReaderStoodNotWhatTheyReadUnlessItIsTheFirst() {
        long content = catalog.content(manga, "One Piece");
        for (int i = 1; i <= 40; i++) {
            catalog.chapter(content, Integer.toString(i));
        }
        // added where the reader is, or given that chapter later: nothing read here yet
        long added = post(reader, "/api/progress/", Map.of("content", content, "last_chapter", "30")).expect(201).id();
        long other = catalog.content(manga, "Uncatalogued");
        long later = post(reader, "/api/progress/", Map.of("content", other)).expect(201).id();
        patch(reader, "/api/progress/{id}/", Map.of("last_chapter", "250"), later).expect(200);
        assertThat(chaptersRead()).isZero();

        post(reader, "/api/progress/{id}/advance/", Map.of(), added).expect(200);
        assertThat(chaptersRead()).isEqualTo(1);
        // the first chapter, though, is read here, whether typed, tapped or sent by a tracker after reading it
        long third = catalog.content(manga, "Third");
        catalog.chapter(third, "1");
        post(reader, "/api/progress/", Map.of("content", third, "last_chapter", "1")).expect(201);
        long fourthContent = catalog.content(manga, "Fourth");
        catalog.chapter(fourthContent, "1");
        catalog.chapter(fourthContent, "2");
        long fourth = post(reader, "/api/progress/", Map.of("content", fourthContent)).expect(201).id();
        post(reader, "/api/progress/{id}/advance/", Map.of(), fourth).expect(200);

        assertThat(chaptersRead()).isEqualTo(3);
    }

    @Test
    void chaptersMarkedReadUpToOneCountFromTheFirstUnlikeAStartingChapterTyped() {
        long content = catalog.content(manga, "One Piece");
        for (int i = 1; i <= 8; i++) {
            catalog.chapter(content, Integer.toString(i));
        }
        catalog.content(manga, "Other");
        long id = post(reader, "/api/progress/", Map.of("content", content, "status", "plan_to_read")).expect(201)
                .id();

        // from none to chapter 5, marked read (a chapter list's "every chapter up to 5"): five chapters read
        Map<String, Object> entry = post(reader, "/api/progress/{id}/advance/?from=&to=Ch. 5", Map.of(), id)
                .expect(200).json();

        assertThat(entry).containsEntry("last_chapter", "5").containsEntry("status", "reading")
                .containsEntry("unread_count", 3);
        assertThat(entry.get("started_on")).isNotNull();
        assertThat(chaptersRead()).isEqualTo(5);
        Map<String, Object> latest = get(reader, "/api/progress/{id}/history/", id).expect(200).results().get(0);
        assertThat(latest).containsEntry("action", "advance");
        // not after the last chapter, or no longer where the reader saw it: nothing moves
        post(reader, "/api/progress/{id}/advance/?to=5", Map.of(), id).expect(409);
        post(reader, "/api/progress/{id}/advance/?to=3", Map.of(), id).expect(409);
        post(reader, "/api/progress/{id}/advance/?from=4&to=7", Map.of(), id).expect(409);
        post(reader, "/api/progress/{id}/advance/?to= ", Map.of(), id).expectInvalid("to");
        post(reader, "/api/progress/{id}/advance/?to=" + "9".repeat(51), Map.of(), id).expectInvalid("to");
        // a control character, refused in a body's text, is refused here too: the MAL export could not carry it
        assertThat(post(reader, "/api/progress/{id}/advance/?to=7\u0001", Map.of(), id).expectInvalid("to").errors()
                .get("to")).containsExactly("Control characters other than tabs and line breaks are not allowed.");
        assertThat(get(reader, "/api/progress/{id}/", id).expect(200).json()).containsEntry("last_chapter", "5");
        // up to the last: 3 more; the undo takes them back out
        post(reader, "/api/progress/{id}/advance/?from=5&to=8", Map.of(), id).expect(200);
        assertThat(chaptersRead()).isEqualTo(8);
        post(reader, "/api/progress/{id}/undo/", Map.of(), id).expect(200);
        assertThat(chaptersRead()).isEqualTo(5);
        assertThat(get(reader, "/api/progress/{id}/", id).expect(200).json()).containsEntry("last_chapter", "5");
    }

    @Test
    void daysAreThoseOfTheTimeZoneAskedFor() {
        long content = catalog.content(manga, "Evening read");
        // 18:20 UTC on 10 March 2026 is 00:05 on the 11th in Kathmandu (UTC+5:45), 14:20 on the 10th in New York
        startAtTheFirstChapter(content, Instant.parse("2026-03-10T18:20:00Z"), "4");

        assertThat(lastDay("")).isEqualTo(Map.of("date", "2026-03-10", "count", 3));
        assertThat(lastDay("?time_zone=UTC")).isEqualTo(Map.of("date", "2026-03-10", "count", 3));
        assertThat(lastDay("?time_zone=America/New_York")).isEqualTo(Map.of("date", "2026-03-10", "count", 3));
        List<Object> kathmandu = days("?time_zone=Asia/Kathmandu");
        assertThat(kathmandu).hasSize(365);
        assertThat(kathmandu.get(364)).isEqualTo(Map.of("date", "2026-03-11", "count", 3));
        assertThat(kathmandu.get(363)).isEqualTo(Map.of("date", "2026-03-10", "count", 0));
    }

    @Test
    void withoutTimeZoneTheDaysAreThoseOfTheTimeZoneHeader() {
        long content = catalog.content(manga, "Evening read");
        startAtTheFirstChapter(content, Instant.parse("2026-03-10T18:20:00Z"), "4");

        assertThat(lastDayWith("", "Asia/Kathmandu")).isEqualTo(Map.of("date", "2026-03-11", "count", 3));
        // the query names the zone of the days asked for: it wins
        assertThat(lastDayWith("?time_zone=UTC", "Asia/Kathmandu")).isEqualTo(Map.of("date", "2026-03-10", "count", 3));
        send(HttpMethod.GET, reader, Map.of("Time-Zone", "Kathmandu"), "/api/stats/me/", "application/json",
                new byte[0]).expectInvalid("Time-Zone");
        // unused when the query names the zone: no reason to refuse it
        send(HttpMethod.GET, reader, Map.of("Time-Zone", "Kathmandu"), "/api/stats/me/?time_zone=UTC",
                "application/json", new byte[0]).expect(200);
    }

    @Test
    void summerTimeMovesTheDayAReadingFallsOn() {
        long content = catalog.content(manga, "Late night");
        // 22:30 UTC on 29 March 2026: Paris went to summer time that morning, so 00:30 on the 30th there (its winter
        // offset would say 23:30 on the 29th, and UTC the 29th)
        startAtTheFirstChapter(content, Instant.parse("2026-03-29T22:30:00Z"), "3");
        clock.set(Instant.parse("2026-03-30T12:00:00Z"));

        List<Object> days = days("?time_zone=Europe/Paris");
        assertThat(days.get(364)).isEqualTo(Map.of("date", "2026-03-30", "count", 2));
        assertThat(days.get(363)).isEqualTo(Map.of("date", "2026-03-29", "count", 0));
    }

    @Test
    void theFirstDayShownStartsAtMidnightInTheZone() {
        long content = catalog.content(manga, "Boundary");
        // seen from Kathmandu (UTC+5:45) on 11 March 2026, the first of the 365 days is 12 March 2025, which starts
        // at 18:15 UTC on the 11th: a reading a minute before counts in the total only
        clock.set(Instant.parse("2025-03-11T18:14:00Z"));
        long id = post(reader, "/api/progress/", Map.of("content", content, "last_chapter", "1")).expect(201).id();
        patch(reader, "/api/progress/{id}/", Map.of("last_chapter", "2"), id).expect(200);
        clock.set(Instant.parse("2025-03-11T18:15:00Z"));
        patch(reader, "/api/progress/{id}/", Map.of("last_chapter", "5"), id).expect(200);
        clock.set(Instant.parse("2026-03-10T18:20:00Z"));

        Map<String, Object> stats = get(reader, "/api/stats/me/?time_zone=Asia/Kathmandu").expect(200).json();

        assertThat(stats).containsEntry("chapters_read", 5);
        List<Object> days = list(stats.get("chapters_read_by_day"));
        assertThat(days.get(0)).isEqualTo(Map.of("date", "2025-03-12", "count", 3));
        assertThat(days).map(day -> map(day).get("count")).filteredOn(count -> !count.equals(0)).containsExactly(3);
    }

    @Test
    void theTotalKeepsWhatWasReadBeforeTheDaysShown() {
        long content = catalog.content(manga, "Long runner");
        clock.set(Instant.parse("2024-01-15T10:00:00Z"));
        long id = post(reader, "/api/progress/", Map.of("content", content, "last_chapter", "1")).expect(201).id();
        patch(reader, "/api/progress/{id}/", Map.of("last_chapter", "5"), id).expect(200);
        clock.set(Instant.parse("2026-03-10T18:20:00Z"));
        patch(reader, "/api/progress/{id}/", Map.of("last_chapter", "8"), id).expect(200);

        Map<String, Object> stats = get(reader, "/api/stats/me/?time_zone=Europe/Paris").expect(200).json();

        assertThat(stats).containsEntry("chapters_read", 8);
        assertThat(list(stats.get("chapters_read_by_day"))).map(day -> map(day).get("count"))
                .filteredOn(count -> !count.equals(0)).containsExactly(3);
    }

    @Test
    void aJumpBeyondTheCatalogCountsAtMostAThousandChapters() {
        long content = catalog.content(manga, "Uncatalogued");
        long id = post(reader, "/api/progress/", Map.of("content", content, "last_chapter", "10")).expect(201).id();
        patch(reader, "/api/progress/{id}/", Map.of("last_chapter", "310"), id).expect(200);
        assertThat(chaptersRead()).isEqualTo(300);

        // a slip of the finger, then the same number moved on by one tap
        patch(reader, "/api/progress/{id}/", Map.of("last_chapter", "2147483647"), id).expect(200);
        post(reader, "/api/progress/{id}/advance/", Map.of(), id).expect(200);

        assertThat(chaptersRead()).isEqualTo(300 + ProgressChanges.MOST_CHAPTERS_BY_NUMBER + 1);
        assertThat(get(reader, "/api/stats/me/").expect(200).json().get("chapters_read_by_day").toString())
                .doesNotContain("2147");
    }

    @Test
    void anUnknownTimeZoneIsRefused() {
        for (String zone : List.of("Mars/Olympus_Mons", "+02:00", "utc")) {
            assertThat(get(reader, "/api/stats/me/?time_zone={zone}", zone).expectInvalid("time_zone").errors())
                    .containsEntry("time_zone", List.of(TimeZones.UNKNOWN));
        }
    }

    private List<Object> days(String query) {
        return days(get(reader, "/api/stats/me/" + query));
    }

    private static List<Object> days(Reply stats) {
        return list(stats.expect(200).json().get("chapters_read_by_day"));
    }

    private Object lastDay(String query) {
        return last(days(query));
    }

    private Object lastDayWith(String query, String zoneHeader) {
        return last(days(send(HttpMethod.GET, reader, Map.of("Time-Zone", zoneHeader), "/api/stats/me/" + query,
                "application/json", new byte[0])));
    }

    private static Object last(List<Object> days) {
        return days.get(days.size() - 1);
    }

    /**
     * An entry at chapter 1 long before, then moved on to {@code chapter} at {@code at}: the chapters after the
     * first, read then (the chapter an entry starts at counts only when it is the first).
     */
    private void startAtTheFirstChapter(long content, Instant at, String chapter) {
        clock.set(Instant.parse("2024-01-01T00:00:00Z"));
        long id = post(reader, "/api/progress/", Map.of("content", content, "last_chapter", "1")).expect(201).id();
        clock.set(at);
        patch(reader, "/api/progress/{id}/", Map.of("last_chapter", chapter), id).expect(200);
    }

    private long chaptersRead() {
        return get(reader, "/api/stats/me/").expect(200).number("chapters_read");
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
