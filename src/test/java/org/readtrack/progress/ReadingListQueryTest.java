package org.readtrack.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.readtrack.support.CatalogApiTest;
import org.readtrack.support.CatalogFixtures;

/**
 * Issue 18 (DESIGN.md B1): what an entry tells of the catalog (unread_count, next_chapter, latest_chapter, in
 * natural chapter order) and how {@code GET /api/progress/} filters and orders the caller's entries.
 */
class ReadingListQueryTest extends CatalogApiTest {

    private Session reader;
    private CatalogFixtures catalog;
    private long manga;

    @BeforeEach
    void accountsAndCategory() {
        reader = user("reader");
        catalog = fixtures(admin("curator"));
        manga = catalog.category("Manga");
        clock.set(clock.instant());
    }

    // ---- unread_count, next_chapter, latest_chapter

    @Test
    void unreadChaptersFollowTheNaturalChapterOrder() {
        long chainsawMan = catalog.content(manga, "Chainsaw Man");
        // created out of order: the catalog's natural order is 1 < 2 < 10 < 10.5 < 11
        long ch10half = catalog.chapter(chainsawMan, "10.5", "Interlude");
        long ch2 = catalog.chapter(chainsawMan, "2");
        long ch11 = catalog.chapter(chainsawMan, "11", "Eleven");
        long ch1 = catalog.chapter(chainsawMan, "1");
        long ch10 = catalog.chapter(chainsawMan, "10", "Ten");
        long id = post(reader, "/api/progress/", Map.of("content", chainsawMan)).expect(201).id();

        assertCatalogPosition(id, "", 5, ch1, ch11);
        assertCatalogPosition(id, "1", 4, ch2, ch11);
        assertCatalogPosition(id, "2", 3, ch10, ch11);
        assertCatalogPosition(id, "9", 3, ch10, ch11);
        assertCatalogPosition(id, "10", 2, ch10half, ch11);
        assertCatalogPosition(id, "10.5", 1, ch11, ch11);
        assertCatalogPosition(id, "11", 0, null, ch11);
        assertCatalogPosition(id, "12", 0, null, ch11);
    }

    @Test
    void nextAndLatestChapterAreSummariesOfCatalogChapters() {
        long vinland = catalog.content(manga, "Vinland Saga");
        long prologue = chapter(vinland, "1", "Normanni", "2005-04-13");
        long latest = chapter(vinland, "2", "Sword", null);

        Reply entry = post(reader, "/api/progress/", Map.of("content", vinland)).expect(201);

        assertThat(entry.object("next_chapter")).isEqualTo(body("id", (int) prologue, "chapter_number", "1",
                "title", "Normanni", "release_date", "2005-04-13"));
        assertThat(entry.object("latest_chapter")).isEqualTo(body("id", (int) latest, "chapter_number", "2",
                "title", "Sword", "release_date", null));
    }

    @Test
    void aContentWithoutChaptersLeavesNothingUnread() {
        long empty = catalog.content(manga, "Announced");

        Reply entry = post(reader, "/api/progress/", Map.of("content", empty)).expect(201);

        assertThat(entry.json()).containsEntry("unread_count", 0).containsEntry("next_chapter", null)
                .containsEntry("latest_chapter", null);
    }

    @Test
    void unreadChaptersFollowTheCatalogAsItGrows() {
        long onePiece = catalog.content(manga, "One Piece");
        catalog.chapter(onePiece, "1");
        long id = post(reader, "/api/progress/", Map.of("content", onePiece, "last_chapter", "1")).expect(201).id();
        assertThat(get(reader, "/api/progress/{id}/", id).expect(200).json()).containsEntry("unread_count", 0);

        long ch2 = catalog.chapter(onePiece, "2");
        long ch3 = catalog.chapter(onePiece, "3");

        Reply entry = get(reader, "/api/progress/{id}/", id).expect(200);
        assertThat(entry.json()).containsEntry("unread_count", 2);
        assertThat(entry.object("next_chapter")).containsEntry("id", (int) ch2);
        assertThat(entry.object("latest_chapter")).containsEntry("id", (int) ch3);
        assertThat(get(reader, "/api/progress/").expect(200).results("unread_count")).containsExactly(2);
    }

    // ---- filters

    @Test
    void filtersByOneOrSeveralStatuses() {
        Tracked tracked = trackFiveSeries();

        assertThat(contents("?status=reading")).containsExactly(tracked.onePiece);
        assertThat(contents("?status=plan_to_read")).containsExactly(tracked.vagabond);
        assertThat(contents("?status=reading,on_hold")).containsExactlyInAnyOrder(tracked.onePiece, tracked.berserk);
        assertThat(contents("?status=completed,dropped")).containsExactlyInAnyOrder(tracked.naruto, tracked.monster);
        assertThat(get(reader, "/api/progress/?status=reading,on_hold").expect(200).number("count")).isEqualTo(2);
    }

    @Test
    void anUnknownStatusFilterIsABadRequest() {
        get(reader, "/api/progress/?status=finished").expectInvalid("status");
        get(reader, "/api/progress/?status=reading,finished").expectInvalid("status");
    }

    @Test
    void filtersFavorites() {
        Tracked tracked = trackFiveSeries();

        assertThat(contents("?favorite=true")).containsExactlyInAnyOrder(tracked.onePiece, tracked.berserk);
        assertThat(contents("?favorite=false"))
                .containsExactlyInAnyOrder(tracked.naruto, tracked.monster, tracked.vagabond);
    }

    @Test
    void filtersByTagIgnoringCase() {
        Tracked tracked = trackFiveSeries();

        assertThat(contents("?tag=shonen")).containsExactlyInAnyOrder(tracked.onePiece, tracked.naruto);
        assertThat(contents("?tag=SHONEN")).containsExactlyInAnyOrder(tracked.onePiece, tracked.naruto);
        assertThat(get(reader, "/api/progress/?tag={tag}", "dark fantasy").expect(200).results("content"))
                .containsExactly(tracked.berserk);
        assertThat(contents("?tag=Shon")).as("a tag is matched whole").isEmpty();
    }

    @Test
    void filtersEntriesWithOrWithoutUnreadChapters() {
        Tracked tracked = trackFiveSeries();

        assertThat(contents("?has_unread=true")).containsExactlyInAnyOrder(tracked.onePiece, tracked.monster);
        assertThat(contents("?has_unread=false"))
                .containsExactlyInAnyOrder(tracked.naruto, tracked.berserk, tracked.vagabond);
    }

    @Test
    void searchesContentTitlesIgnoringCase() {
        Tracked tracked = trackFiveSeries();

        assertThat(contents("?search=PIECE")).containsExactly(tracked.onePiece);
        assertThat(contents("?search=ers")).containsExactly(tracked.berserk);
        assertThat(contents("?search=nothing like it")).isEmpty();
        // each word, in any order
        assertThat(contents("?search=piece one")).containsExactly(tracked.onePiece);
        assertThat(contents("?search=piece naruto")).isEmpty();
    }

    @Test
    void searchesOtherTitlesAndAuthorsAsTheCatalogDoes() {
        long tensura = catalog.content(manga, "That Time I Got Reincarnated as a Slime",
                Map.of("alt_titles", List.of("Tensei Shitara Slime Datta Ken", "Tensura"), "author", "Fuse"));
        long other = catalog.content(manga, "Monster");
        post(reader, "/api/progress/", Map.of("content", tensura)).expect(201);
        post(reader, "/api/progress/", Map.of("content", other)).expect(201);

        assertThat(searched("tensura")).containsExactly((int) tensura);
        assertThat(searched("SLIME DATTA")).containsExactly((int) tensura);
        assertThat(searched("fuse")).containsExactly((int) tensura);
    }

    @Test
    void tagsWithAccentsQuotesOrBackslashesAreFoundIgnoringCase() {
        long elite = catalog.content(manga, "Classroom of the Elite");
        long quoted = catalog.content(manga, "Quoted");
        post(reader, "/api/progress/", Map.of("content", elite, "tags", List.of("Élite"))).expect(201);
        post(reader, "/api/progress/", Map.of("content", quoted, "tags", List.of("say \"hi\"", "back\\slash")))
                .expect(201);

        assertThat(tagged("éLITE")).containsExactly((int) elite);
        assertThat(tagged("SAY \"HI\"")).containsExactly((int) quoted);
        assertThat(tagged("back\\slash")).containsExactly((int) quoted);
        assertThat(tagged("say")).isEmpty();
    }

    @Test
    void searchIgnoresPunctuationAndTakesNoWildcard() {
        long percent = catalog.content(manga, "100% Orange");
        long underscore = catalog.content(manga, "Half_Moon");
        // one category refuses titles alike
        long plain = catalog.content(catalog.category("Novels"), "Half Moon");
        long other = catalog.content(manga, "Halfmoon");
        for (long content : new long[] {percent, underscore, plain, other}) {
            post(reader, "/api/progress/", Map.of("content", content)).expect(201);
        }

        assertThat(searched("100 %")).containsExactly((int) percent);
        assertThat(searched("f_m")).containsExactlyInAnyOrder((int) underscore, (int) plain);
        assertThat(searched("half moon")).containsExactlyInAnyOrder((int) underscore, (int) plain);
        assertThat(searched("f%n")).isEmpty();
        // nothing but punctuation is no search at all, as an empty one
        assertThat(searched("%")).hasSize(4);
    }

    @Test
    void searchIgnoresCaseAndAccents() {
        long accented = catalog.content(manga, "Émile et les Ombres");
        long other = catalog.content(manga, "Naruto");
        for (long content : new long[] {accented, other}) {
            post(reader, "/api/progress/", Map.of("content", content)).expect(201);
        }

        assertThat(searched("émile")).containsExactly((int) accented);
        assertThat(searched("ÉMILE")).containsExactly((int) accented);
        assertThat(searched("OMBRES")).containsExactly((int) accented);
        assertThat(searched("emile")).containsExactly((int) accented);
    }

    @Test
    void filtersCombineAndCountWhatTheyKeep() {
        Tracked tracked = trackFiveSeries();

        Reply page = get(reader, "/api/progress/?status=reading,on_hold,completed&favorite=true&tag=shonen")
                .expect(200);

        assertThat(page.results("content")).containsExactly(tracked.onePiece);
        assertThat(page.number("count")).isEqualTo(1);
        assertThat(contents("?status=completed&content=" + tracked.onePiece)).isEmpty();
        assertThat(contents("?has_unread=true&search=monster")).containsExactly(tracked.monster);
    }

    @Test
    void filtersOnlyEverShowTheCallersEntries() {
        Tracked tracked = trackFiveSeries();
        Session other = user("other");
        post(other, "/api/progress/", Map.of("content", tracked.naruto, "favorite", true, "status", "reading",
                "tags", List.of("Shonen"))).expect(201);

        assertThat(contents("?favorite=true")).containsExactlyInAnyOrder(tracked.onePiece, tracked.berserk);
        assertThat(contents("?status=reading")).containsExactly(tracked.onePiece);
        assertThat(get(other, "/api/progress/?tag=shonen").expect(200).results("content"))
                .containsExactly(tracked.naruto);
    }

    @Test
    void filtersByReleaseDayOfTheContent() {
        long mondayAndThursday = catalog.content(manga, "Weekly Twice", Map.of("release_days", List.of("mon", "thu")));
        long thursday = catalog.content(manga, "Weekly Thursday", Map.of("release_days", List.of("thu")));
        long irregular = catalog.content(manga, "Irregular");
        assertThat(catalog.contentReply(mondayAndThursday).get("release_days"))
                .as("release days of contents (catalog part of issue 18)").isEqualTo(List.of("mon", "thu"));
        for (long content : new long[] {mondayAndThursday, thursday, irregular}) {
            post(reader, "/api/progress/", Map.of("content", content)).expect(201);
        }

        assertThat(contents("?release_day=thu"))
                .containsExactlyInAnyOrder((int) mondayAndThursday, (int) thursday);
        assertThat(contents("?release_day=mon")).containsExactly((int) mondayAndThursday);
        assertThat(contents("?release_day=sun")).isEmpty();
    }

    @Test
    void anUnknownReleaseDayIsABadRequest() {
        get(reader, "/api/progress/?release_day=funday").expectInvalid("release_day");
        get(reader, "/api/progress/?release_day=monday").expectInvalid("release_day");
    }

    @Test
    void invalidBooleanFiltersAreBadRequests() {
        get(reader, "/api/progress/?favorite=maybe").expectInvalid("favorite");
        get(reader, "/api/progress/?has_unread=sometimes").expectInvalid("has_unread");
    }

    @Test
    void aFilterGivenTwiceIsABadRequestRatherThanItsFirstValue() {
        get(reader, "/api/progress/?favorite=true&favorite=maybe").expectInvalid("favorite");
        get(reader, "/api/progress/?has_unread=true&has_unread=true").expectInvalid("has_unread");
        get(reader, "/api/progress/?page_size=1&page_size=-5").expectInvalid("page_size");
        get(reader, "/api/progress/?status=reading&ordering=title&ordering=-title").expectInvalid("ordering");
    }

    // ---- orderings

    @Test
    void ordersByTitle() {
        Ordered series = trackFourSeriesForOrdering();

        assertThat(contents("?ordering=title")).containsExactly(series.akira, series.berserk, series.claymore,
                series.dorohedoro);
        assertThat(contents("?ordering=-title")).containsExactly(series.dorohedoro, series.claymore, series.berserk,
                series.akira);
    }

    @Test
    void ordersByScoreWithUnscoredEntriesLastBothWays() {
        Ordered series = trackFourSeriesForOrdering();

        assertThat(contents("?ordering=score")).containsExactly(series.dorohedoro, series.akira, series.claymore,
                series.berserk);
        assertThat(contents("?ordering=-score")).containsExactly(series.claymore, series.akira, series.dorohedoro,
                series.berserk);
        assertThat(contents("?ordering=-score&page_size=2&page=2")).containsExactly(series.dorohedoro,
                series.berserk);
    }

    @Test
    void ordersByUnreadCount() {
        Ordered series = trackFourSeriesForOrdering();

        assertThat(contents("?ordering=unread_count")).containsExactly(series.claymore, series.berserk,
                series.dorohedoro, series.akira);
        assertThat(contents("?ordering=-unread_count")).containsExactly(series.akira, series.dorohedoro,
                series.berserk, series.claymore);
    }

    @Test
    void ordersByStartDateWithUnstartedEntriesLastBothWays() {
        Ordered series = trackFourSeriesForOrdering();

        assertThat(contents("?ordering=started_on")).containsExactly(series.claymore, series.akira,
                series.dorohedoro, series.berserk);
        assertThat(contents("?ordering=-started_on")).containsExactly(series.dorohedoro, series.akira,
                series.claymore, series.berserk);
    }

    @Test
    void ordersByFinishDateWithUnfinishedEntriesLastBothWays() {
        Ordered series = trackFourSeriesForOrdering();

        assertThat(contents("?ordering=finished_on")).containsExactly(series.claymore, series.dorohedoro,
                series.berserk, series.akira);
        assertThat(contents("?ordering=-finished_on")).containsExactly(series.berserk, series.dorohedoro,
                series.claymore, series.akira);
    }

    @Test
    void ordersByLastUpdateNewestFirstByDefault() {
        Ordered series = trackFourSeriesForOrdering();

        assertThat(contents("?ordering=updated_at")).containsExactly(series.berserk, series.dorohedoro,
                series.akira, series.claymore);
        assertThat(contents("?ordering=-updated_at")).containsExactly(series.claymore, series.akira,
                series.dorohedoro, series.berserk);
        assertThat(contents("")).containsExactly(series.claymore, series.akira, series.dorohedoro, series.berserk);
    }

    @Test
    void anUnknownOrderingIsABadRequest() {
        get(reader, "/api/progress/?ordering=popularity").expectInvalid("ordering");
        get(reader, "/api/progress/?ordering=--score").expectInvalid("ordering");
        get(reader, "/api/progress/?ordering=user").expectInvalid("ordering");
    }

    // ---- helpers

    /** The content ids of the caller's list with this query string, in the order listed. */
    private List<Object> contents(String query) {
        return get(reader, "/api/progress/" + query).expect(200).results("content");
    }

    private List<Object> tagged(String tag) {
        return get(reader, "/api/progress/?tag={tag}", tag).expect(200).results("content");
    }

    private List<Object> searched(String text) {
        return get(reader, "/api/progress/?search={text}", text).expect(200).results("content");
    }

    private long chapter(long content, String number, String title, String releaseDate) {
        return post(catalog.admin(), "/api/chapters/", body("content", content, "chapter_number", number,
                "title", title, "release_date", releaseDate)).expect(201).id();
    }

    /**
     * Sets the entry's {@code last_chapter} and checks what it then says of the catalog, read alone and in the
     * list ({@code next} null: no next chapter).
     */
    private void assertCatalogPosition(long id, String lastChapter, int unread, Long next, long latest) {
        patch(reader, "/api/progress/{id}/", Map.of("last_chapter", lastChapter), id).expect(200);
        Map<String, Object> alone = get(reader, "/api/progress/{id}/", id).expect(200).json();
        Map<String, Object> listed = get(reader, "/api/progress/").expect(200).results().get(0);

        for (Map<String, Object> entry : List.of(alone, listed)) {
            assertThat(entry).as("after last_chapter %s: %s", lastChapter, entry)
                    .containsEntry("unread_count", unread);
            assertThat(idOf(entry.get("next_chapter"))).as("next chapter after %s", lastChapter)
                    .isEqualTo(next == null ? null : next.intValue());
            assertThat(idOf(entry.get("latest_chapter"))).as("latest chapter after %s", lastChapter)
                    .isEqualTo((int) latest);
        }
    }

    private static Object idOf(Object chapter) {
        return chapter == null ? null : ((Map<?, ?>) chapter).get("id");
    }

    /** The content ids (as the JSON holds them) of the five series {@link #trackFiveSeries} tracks. */
    private record Tracked(int onePiece, int naruto, int berserk, int monster, int vagabond) {
    }

    /**
     * Five entries, one per status:
     * <ul>
     * <li>One Piece: reading, favorite, tags Pirates and Shonen, chapter 1 of 2 read (1 unread);</li>
     * <li>Naruto: completed, tag shonen, its only chapter read (0 unread);</li>
     * <li>Berserk: on hold, favorite, tag Dark Fantasy, no chapter in the catalog (0 unread);</li>
     * <li>Monster: dropped, no tag, none of its 3 chapters read (3 unread);</li>
     * <li>Vagabond: plan to read, tag Samurai, no chapter in the catalog.</li>
     * </ul>
     */
    private Tracked trackFiveSeries() {
        long onePiece = catalog.content(manga, "One Piece");
        catalog.chapter(onePiece, "1");
        catalog.chapter(onePiece, "2");
        long naruto = catalog.content(manga, "Naruto");
        catalog.chapter(naruto, "1");
        long berserk = catalog.content(manga, "Berserk");
        long monster = catalog.content(manga, "Monster");
        catalog.chapter(monster, "1");
        catalog.chapter(monster, "2");
        catalog.chapter(monster, "3");
        long vagabond = catalog.content(manga, "Vagabond");

        post(reader, "/api/progress/", Map.of("content", onePiece, "status", "reading", "favorite", true,
                "tags", List.of("Pirates", "Shonen"), "last_chapter", "1")).expect(201);
        post(reader, "/api/progress/", Map.of("content", naruto, "status", "completed", "tags", List.of("shonen"),
                "last_chapter", "1")).expect(201);
        post(reader, "/api/progress/", Map.of("content", berserk, "status", "on_hold", "favorite", true,
                "tags", List.of("Dark Fantasy"))).expect(201);
        post(reader, "/api/progress/", Map.of("content", monster, "status", "dropped")).expect(201);
        post(reader, "/api/progress/", Map.of("content", vagabond, "status", "plan_to_read",
                "tags", List.of("Samurai"))).expect(201);
        return new Tracked((int) onePiece, (int) naruto, (int) berserk, (int) monster, (int) vagabond);
    }

    /** The content ids of the four series {@link #trackFourSeriesForOrdering} tracks. */
    private record Ordered(int akira, int berserk, int claymore, int dorohedoro) {
    }

    /**
     * Four entries, created a second apart in the order Berserk, Dorohedoro, Akira, Claymore:
     * <pre>
     *              score  unread  started_on  finished_on
     * Akira         7.5     3     2021-01-01     -
     * Berserk        -      1         -       2023-05-01
     * Claymore       9      0     2020-01-01  2021-06-01
     * Dorohedoro     3      2     2022-01-01  2022-03-01
     * </pre>
     */
    private Ordered trackFourSeriesForOrdering() {
        long akira = catalog.content(manga, "Akira");
        long berserk = catalog.content(manga, "Berserk");
        long claymore = catalog.content(manga, "Claymore");
        long dorohedoro = catalog.content(manga, "Dorohedoro");
        for (String number : List.of("1", "2", "3")) {
            catalog.chapter(akira, number);
        }
        catalog.chapter(berserk, "1");
        catalog.chapter(dorohedoro, "1");
        catalog.chapter(dorohedoro, "2");

        post(reader, "/api/progress/", body("content", berserk, "status", "completed", "finished_on", "2023-05-01"))
                .expect(201);
        clock.advance(Duration.ofSeconds(1));
        post(reader, "/api/progress/", body("content", dorohedoro, "status", "completed", "score", 3,
                "started_on", "2022-01-01", "finished_on", "2022-03-01")).expect(201);
        clock.advance(Duration.ofSeconds(1));
        post(reader, "/api/progress/", body("content", akira, "status", "reading", "score", 7.5,
                "started_on", "2021-01-01")).expect(201);
        clock.advance(Duration.ofSeconds(1));
        post(reader, "/api/progress/", body("content", claymore, "status", "completed", "score", 9,
                "started_on", "2020-01-01", "finished_on", "2021-06-01")).expect(201);
        clock.advance(Duration.ofSeconds(1));
        return new Ordered((int) akira, (int) berserk, (int) claymore, (int) dorohedoro);
    }
}
