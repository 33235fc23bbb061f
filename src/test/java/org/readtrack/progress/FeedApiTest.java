package org.readtrack.progress;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.readtrack.support.CatalogApiTest;
import org.readtrack.support.CatalogFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** {@code GET /api/feed/}: the chapters of what the caller follows, newest release first. */
class FeedApiTest extends CatalogApiTest {

    private Session reader;
    private CatalogFixtures catalog;
    private long manga;

    @BeforeEach
    void accountAndCatalog() {
        reader = user("reader");
        catalog = fixtures(admin("curator"));
        manga = catalog.category("Manga");
    }

    private long chapter(long content, String number, String released) {
        Map<String, Object> body = released == null
                ? Map.of("content", content, "chapter_number", number)
                : Map.of("content", content, "chapter_number", number, "release_date", released);
        return post(catalog.admin(), "/api/chapters/", body).expect(201).id();
    }

    private void track(long content, String status, String lastChapter) {
        post(reader, "/api/progress/", Map.of("content", content, "status", status, "last_chapter", lastChapter))
                .expect(201);
    }

    @Test
    void showsTheChaptersOfFollowedContentsNewestReleaseFirstWithWhetherTheyAreRead() {
        long onePiece = catalog.content(manga, "One Piece");
        long naruto = catalog.content(manga, "Naruto");
        long one = chapter(onePiece, "1", "2026-01-05");
        long two = chapter(onePiece, "2", "2026-03-01");
        long narutoOne = chapter(naruto, "1", "2026-02-10");
        track(onePiece, "reading", "1");
        track(naruto, "on_hold", "");

        Reply feed = get(reader, "/api/feed/").expect(200);

        assertThat(feed.number("count")).isEqualTo(3);
        assertThat(feed.results()).extracting(item -> (map(item.get("chapter"))).get("id"))
                .containsExactly((int) two, (int) narutoOne, (int) one);
        Map<String, Object> first = feed.results().get(0);
        assertThat(first).containsOnlyKeys("chapter", "content", "read").containsEntry("read", false);
        assertThat(map(first.get("chapter"))).containsEntry("chapter_number", "2")
                .containsEntry("release_date", "2026-03-01").containsKeys("title");
        assertThat(map(first.get("content"))).containsEntry("id", (int) onePiece)
                .containsEntry("title", "One Piece");
        assertThat(feed.results()).extracting(item -> item.get("read")).containsExactly(false, false, true);
    }

    @Test
    void leavesOutCompletedDroppedAndPlannedContentsAndOtherReadersEntries() {
        long followed = catalog.content(manga, "Followed");
        chapter(followed, "1", "2026-01-01");
        for (String status : List.of("completed", "dropped", "plan_to_read")) {
            long content = catalog.content(manga, "Not followed " + status);
            chapter(content, "1", "2026-06-01");
            track(content, status, "");
        }
        track(followed, "reading", "");
        Session other = user("other");
        long theirs = catalog.content(manga, "Theirs");
        chapter(theirs, "1", "2026-07-01");
        post(other, "/api/progress/", Map.of("content", theirs)).expect(201);

        Reply feed = get(reader, "/api/feed/").expect(200);

        assertThat(feed.results()).extracting(item -> (map(item.get("content"))).get("title"))
                .containsExactly("Followed");
    }

    @Test
    void aChapterAnnouncedForALaterDayIsNoNewsUntilThatDay() {
        clock.set(clock.instant());
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        long onePiece = catalog.content(manga, "One Piece");
        long out = chapter(onePiece, "1", today.toString());
        long announced = chapter(onePiece, "2", today.plusDays(1).toString());
        chapter(onePiece, "3", "9999-12-31");
        track(onePiece, "reading", "");

        assertThat(get(reader, "/api/feed/").expect(200).results())
                .extracting(item -> map(item.get("chapter")).get("id")).containsExactly((int) out);
        assertThat(get(reader, "/api/feed/releases/").expect(200).results()).singleElement()
                .satisfies(release -> assertThat(release).containsEntry("chapters", 1));

        clock.advance(Duration.ofDays(1));
        assertThat(get(reader, "/api/feed/").expect(200).results())
                .extracting(item -> map(item.get("chapter")).get("id")).containsExactly((int) announced, (int) out);
    }

    @Test
    void aChapterWithoutReleaseDateCountsFromWhenItWasAdded() {
        long content = catalog.content(manga, "One Piece");
        long old = chapter(content, "1", "2020-01-01");
        clock.advance(Duration.ofDays(3));
        long undated = chapter(content, "2", null);
        track(content, "reading", "");

        assertThat(get(reader, "/api/feed/").expect(200).results())
                .extracting(item -> (map(item.get("chapter"))).get("id"))
                .containsExactly((int) undated, (int) old);
    }

    /** The day counts, on both databases: a chapter added today comes with those released today, newest added first. */
    @Test
    void aChapterWithoutReleaseDateComesWithTheChaptersReleasedOnTheDayItWasAdded() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        clock.set(today.atStartOfDay(ZoneOffset.UTC).plusHours(20).toInstant()); // late in the day, UTC
        long content = catalog.content(manga, "One Piece");
        long undated = chapter(content, "1", null);
        long releasedToday = chapter(content, "2", today.toString());
        long releasedYesterday = chapter(content, "3", today.minusDays(1).toString());
        track(content, "reading", "");

        assertThat(get(reader, "/api/feed/").expect(200).results())
                .extracting(item -> (map(item.get("chapter"))).get("id"))
                .containsExactly((int) releasedToday, (int) undated, (int) releasedYesterday);
    }

    @Test
    void isPaginatedAndNeedsAToken() {
        long content = catalog.content(manga, "Long");
        for (int i = 1; i <= 3; i++) {
            chapter(content, Integer.toString(i), "2026-01-0" + i);
        }
        track(content, "reading", "");

        Reply page = get(reader, "/api/feed/?page_size=2").expect(200);
        assertThat(page.number("count")).isEqualTo(3);
        assertThat(page.results()).hasSize(2);
        assertThat(page.string("next")).contains("page=2");
        http.get().uri("/api/feed/").exchange().expectStatus().isUnauthorized();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return (List<Object>) value;
    }

    @Test
    void releasesGroupAContentsChaptersOfOneDayWithTheirEndsAndHowManyAreUnread() {
        long berserk = catalog.content(manga, "Berserk");
        long naruto = catalog.content(manga, "Naruto");
        // a back catalogue added at once, in no particular order, and a chapter of another day
        for (String number : List.of("10", "2", "9", "1", "10.5", "3")) {
            chapter(berserk, number, "2026-03-01");
        }
        chapter(berserk, "11", "2026-03-08");
        long narutoOne = chapter(naruto, "1", "2026-03-01");
        track(berserk, "reading", "3");
        track(naruto, "on_hold", "1");

        Reply releases = get(reader, "/api/feed/releases/").expect(200);

        assertThat(releases.number("count")).isEqualTo(3);
        List<Map<String, Object>> lines = releases.results();
        assertThat(lines).extracting(line -> line.get("date")).containsExactly("2026-03-08", "2026-03-01",
                "2026-03-01");
        // on one day, the content whose chapter was added last comes first
        assertThat(lines).extracting(line -> map(line.get("content")).get("title"))
                .containsExactly("Berserk", "Naruto", "Berserk");
        assertThat(lines.get(0)).containsOnlyKeys("date", "content", "chapters", "unread", "first", "last")
                .containsEntry("chapters", 1).containsEntry("unread", 1);
        assertThat(map(lines.get(0).get("first"))).isEqualTo(map(lines.get(0).get("last")))
                .containsEntry("chapter_number", "11");
        assertThat(lines.get(1)).containsEntry("chapters", 1).containsEntry("unread", 0);
        assertThat(map(lines.get(1).get("first"))).containsEntry("id", (int) narutoOne);
        Map<String, Object> backCatalogue = lines.get(2);
        assertThat(backCatalogue).containsEntry("chapters", 6).containsEntry("unread", 3);
        assertThat(map(backCatalogue.get("first"))).containsEntry("chapter_number", "1")
                .containsEntry("release_date", "2026-03-01");
        assertThat(map(backCatalogue.get("last"))).containsEntry("chapter_number", "10.5");
    }

    @Test
    void aChapterReleasedOnTheDayABackCatalogueWasAddedIsALineOfItsOwn() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        long onePiece = catalog.content(manga, "One Piece");
        for (int i = 1; i <= 5; i++) {
            chapter(onePiece, Integer.toString(i), null);
        }
        chapter(onePiece, "6", today.toString());
        track(onePiece, "reading", "3");

        List<Map<String, Object>> lines = get(reader, "/api/feed/releases/").expect(200).results();

        assertThat(lines).extracting(line -> line.get("date")).containsOnly(today.toString());
        assertThat(lines).extracting(line -> line.get("chapters"), line -> line.get("unread"),
                line -> map(line.get("first")).get("chapter_number"), line -> map(line.get("last")).get("chapter_number"))
                .containsExactly(tuple(1, 1, "6", "6"), tuple(5, 2, "1", "5"));
    }

    @Test
    void releasesFollowWhatTheFeedFollowsAndArePaginated() {
        long followed = catalog.content(manga, "Followed");
        long dropped = catalog.content(manga, "Dropped");
        for (int day = 1; day <= 3; day++) {
            chapter(followed, Integer.toString(day), "2026-01-0" + day);
            chapter(dropped, Integer.toString(day), "2026-01-0" + day);
        }
        track(followed, "reading", "");
        track(dropped, "dropped", "");
        Session other = user("other");
        post(other, "/api/progress/", Map.of("content", dropped)).expect(201);

        Reply page = get(reader, "/api/feed/releases/?page_size=2").expect(200);

        assertThat(page.number("count")).isEqualTo(3);
        assertThat(page.results()).extracting(line -> line.get("date")).containsExactly("2026-01-03", "2026-01-02");
        assertThat(page.results()).extracting(line -> map(line.get("content")).get("title"))
                .containsOnly("Followed");
        assertThat(page.string("next")).contains("/api/feed/releases/").contains("page=2");
        assertThat(get(reader, "/api/feed/releases/?page=2&page_size=2").expect(200).results())
                .extracting(line -> line.get("date")).containsExactly("2026-01-01");
        assertThat(get(user("newcomer"), "/api/feed/releases/").expect(200).number("count")).isZero();
        http.get().uri("/api/feed/releases/").exchange().expectStatus().isUnauthorized();
    }
}
