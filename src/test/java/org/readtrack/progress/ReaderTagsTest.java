package org.readtrack.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.readtrack.support.CatalogApiTest;
import org.readtrack.support.CatalogFixtures;

/**
 * {@code /api/progress/tags/}: a reader's tags across their entries, and a tag renamed, merged or removed on all of
 * them at once, each entry's change in its history.
 */
class ReaderTagsTest extends CatalogApiTest {

    private Session reader;
    private CatalogFixtures catalog;
    private long manga;

    @BeforeEach
    void catalog() {
        reader = user("reader");
        catalog = fixtures(admin("curator"));
        manga = catalog.category("Manga");
        // standing still, to the millisecond the database keeps: each change has its own time
        clock.set(clock.instant().truncatedTo(ChronoUnit.MILLIS));
    }

    private long tracked(Session who, String title, String... tags) {
        long content = catalog.content(manga, title + " " + who.username());
        return put(who, "/api/contents/{id}/progress/", Map.of("tags", List.of(tags)), content).expect(201).id();
    }

    @SuppressWarnings("unchecked")
    private List<String> tagsOf(long entry) {
        return (List<String>) get(reader, "/api/progress/{id}/", entry).expect(200).get("tags");
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> tags(Session who) {
        return (List<Map<String, Object>>) get(who, "/api/progress/tags/").expect(200).get("tags");
    }

    private static List<Long> ids(Reply changes) {
        @SuppressWarnings("unchecked")
        List<Number> entries = (List<Number>) changes.get("changed");
        return entries.stream().map(Number::longValue).toList();
    }

    @Test
    void listsEachTagOnceWhateverItsCaseMostUsedFirst() {
        tracked(reader, "Solo Leveling", "Manhwa", "Action");
        tracked(reader, "Tower of God", "manhwa");
        tracked(reader, "Omniscient Reader", "Manhwa", "Fantasy");
        long hidden = tracked(reader, "Mushoku Tensei", "Action");
        patch(reader, "/api/progress/{id}/", Map.of("private", true), hidden).expect(200);
        tracked(reader, "Frieren");
        tracked(user("other"), "Berserk", "Seinen", "Manhwa");

        assertThat(tags(reader)).containsExactly(
                Map.of("name", "Manhwa", "entries", 3, "spellings", List.of("Manhwa", "manhwa")),
                Map.of("name", "Action", "entries", 2, "spellings", List.of("Action")),
                Map.of("name", "Fantasy", "entries", 1, "spellings", List.of("Fantasy")));
        assertThat(tags(user("newcomer"))).isEmpty();
    }

    @Test
    void renamesATagWhereItStandsOnEveryEntryWithAnUndoableChange() {
        long solo = tracked(reader, "Solo Leveling", "Isekai", "Manhwa", "Action");
        long tower = tracked(reader, "Tower of God", "MANHWA");
        long frieren = tracked(reader, "Frieren", "Fantasy");
        long theirs = tracked(user("other"), "Berserk", "Manhwa");
        clock.advance(Duration.ofMinutes(5));

        Reply renamed = post(reader, "/api/progress/tags/rename/", Map.of("from", "manhwa", "to", " Korean ")).expect(200);

        assertThat(ids(renamed)).containsExactly(solo, tower);
        assertThat(renamed.instant("updated_at")).isEqualTo(clock.instant());
        assertThat(tagsOf(solo)).containsExactly("Isekai", "Korean", "Action");
        assertThat(tagsOf(tower)).containsExactly("Korean");
        assertThat(tagsOf(frieren)).containsExactly("Fantasy");
        assertThat(get(reader, "/api/progress/{id}/", solo).instant("updated_at")).isEqualTo(clock.instant());
        assertThat(get(reader, "/api/progress/{id}/history/", frieren).expect(200).results()).hasSize(1);
        assertThat(get(reader, "/api/progress/{id}/history/", tower).expect(200).results().get(0))
                .containsEntry("action", "update")
                .containsEntry("changes", Map.of("tags", List.of(List.of("MANHWA"), List.of("Korean"))));
        // another reader's tags are theirs
        assertThat(jdbc.queryForObject("SELECT tags FROM progress WHERE id = ?", String.class, theirs))
                .isEqualTo("[\"Manhwa\"]");

        post(reader, "/api/progress/{id}/undo/", Map.of(), tower).expect(200);
        assertThat(tagsOf(tower)).containsExactly("MANHWA");
        assertThat(tagsOf(solo)).containsExactly("Isekai", "Korean", "Action");
    }

    @Test
    void renamingToAnotherTagMergesThemIntoOneSpelling() {
        long both = tracked(reader, "Solo Leveling", "Manga", "Action", "manhwa");
        long manhwaOnly = tracked(reader, "Tower of God", "MANHWA");
        long mangaOnly = tracked(reader, "Frieren", "manga");
        long neither = tracked(reader, "Berserk", "Seinen");

        Reply merged = post(reader, "/api/progress/tags/rename/", Map.of("from", "Manga", "to", "Manhwa")).expect(200);

        assertThat(ids(merged)).containsExactly(both, manhwaOnly, mangaOnly);
        assertThat(merged.object("tag")).isEqualTo(Map.of("name", "Manhwa", "entries", 3, "spellings", List.of("Manhwa")));
        assertThat(tagsOf(both)).containsExactly("Manhwa", "Action");
        assertThat(tagsOf(manhwaOnly)).containsExactly("Manhwa");
        assertThat(tagsOf(mangaOnly)).containsExactly("Manhwa");
        assertThat(tagsOf(neither)).containsExactly("Seinen");
        assertThat(tags(reader)).containsExactly(
                Map.of("name", "Manhwa", "entries", 3, "spellings", List.of("Manhwa")),
                Map.of("name", "Action", "entries", 1, "spellings", List.of("Action")),
                Map.of("name", "Seinen", "entries", 1, "spellings", List.of("Seinen")));
    }

    @Test
    void aChangeOfCaseAloneWritesTheTagOneWay() {
        long upper = tracked(reader, "Solo Leveling", "Manhwa");
        long lower = tracked(reader, "Tower of God", "manhwa");

        Reply respelled = post(reader, "/api/progress/tags/rename/", Map.of("from", "manhwa", "to", "Manhwa")).expect(200);

        assertThat(ids(respelled)).containsExactly(lower);
        assertThat(tagsOf(upper)).containsExactly("Manhwa");
        assertThat(tagsOf(lower)).containsExactly("Manhwa");

        Reply again = post(reader, "/api/progress/tags/rename/", Map.of("from", "manhwa", "to", "Manhwa")).expect(200);
        assertThat(ids(again)).isEmpty();
        assertThat(again.json()).containsEntry("updated_at", null)
                .containsEntry("tag", Map.of("name", "Manhwa", "entries", 2, "spellings", List.of("Manhwa")));
        assertThat(get(reader, "/api/progress/{id}/history/", upper).expect(200).results()).hasSize(1);
    }

    @Test
    void removesATagFromEveryEntryThatHasIt() {
        long solo = tracked(reader, "Solo Leveling", "Manhwa", "Action");
        long tower = tracked(reader, "Tower of God", "manhwa");
        long frieren = tracked(reader, "Frieren", "Fantasy");

        Reply removed = post(reader, "/api/progress/tags/remove/", Map.of("tag", "MANHWA")).expect(200);

        assertThat(ids(removed)).containsExactly(solo, tower);
        assertThat(removed.json()).containsEntry("tag", null);
        assertThat(tagsOf(solo)).containsExactly("Action");
        assertThat(tagsOf(tower)).isEmpty();
        assertThat(tagsOf(frieren)).containsExactly("Fantasy");
        assertThat(get(reader, "/api/progress/{id}/history/", solo).expect(200).results().get(0))
                .containsEntry("changes", Map.of("tags", List.of(List.of("Manhwa", "Action"), List.of("Action"))));
        assertThat(tags(reader)).extracting(tag -> tag.get("name")).containsExactly("Action", "Fantasy");
    }

    @Test
    void aTagNoEntryHasIsRefusedOnItsFieldAndChangesNothing() {
        long solo = tracked(reader, "Solo Leveling", "Manhwa");
        tracked(user("other"), "Berserk", "Seinen");

        assertThat(post(reader, "/api/progress/tags/rename/", Map.of("from", "Seinen", "to", "Manhwa"))
                .expectInvalid("from").errors().get("from")).containsExactly("None of your entries has this tag.");
        post(reader, "/api/progress/tags/remove/", Map.of("tag", "Seinen")).expectInvalid("tag");
        post(reader, "/api/progress/tags/remove/", Map.of("tag", "Manhwa ")).expect(200);
        post(reader, "/api/progress/tags/remove/", Map.of("tag", "Manhwa")).expectInvalid("tag");

        assertThat(tagsOf(solo)).isEmpty();
    }

    @Test
    void lettersBeyondAsciiAreOneTagWhateverTheirCaseOrHowTheirAccentsWereTyped() {
        long upper = tracked(reader, "Solo Leveling", "ÉTÉ");
        long lower = tracked(reader, "Tower of God", "été");
        long decomposed = tracked(reader, "Frieren", "Fantasy");
        // "é" as e and a combining accent, as stored before tags were composed on their way in
        jdbc.update("UPDATE progress SET tags = ? WHERE id = ?", "[\"e\u0301te\u0301\"]", decomposed);

        assertThat(tags(reader)).containsExactly(
                Map.of("name", "été", "entries", 3, "spellings", List.of("été", "ÉTÉ")));

        Reply renamed = post(reader, "/api/progress/tags/rename/", Map.of("from", "ÉtÉ", "to", "Summer")).expect(200);

        assertThat(ids(renamed)).containsExactly(upper, lower, decomposed);
        assertThat(tags(reader)).containsExactly(Map.of("name", "Summer", "entries", 3, "spellings", List.of("Summer")));
    }

    @Test
    void aRenameMadeWhileTheEntriesAdvanceLosesNeitherChange() throws Exception {
        long series = catalog.content(manga, "Long Series");
        for (int chapter = 1; chapter <= 10; chapter++) {
            catalog.chapter(series, String.valueOf(chapter));
        }
        long entry = put(reader, "/api/contents/{id}/progress/", Map.of("last_chapter", "1", "tags", List.of("weekly")),
                series).expect(201).id();

        for (int round = 1; round <= 4; round++) {
            String from = round % 2 == 1 ? "weekly" : "Weekly";
            String to = round % 2 == 1 ? "Weekly" : "weekly";
            List<Reply> replies = simultaneously(
                    () -> post(reader, "/api/progress/tags/rename/", Map.of("from", from, "to", to)),
                    () -> post(reader, "/api/progress/{id}/advance/", Map.of(), entry));

            assertThat(replies).allSatisfy(reply -> reply.expect(200));
            Map<String, Object> now = get(reader, "/api/progress/{id}/", entry).expect(200).json();
            assertThat(now).as("after round %d", round)
                    .containsEntry("last_chapter", String.valueOf(1 + round))
                    .containsEntry("tags", List.of(to));
        }
        assertThat(get(reader, "/api/progress/{id}/history/", entry).expect(200).results("action"))
                .containsOnly("create", "update", "advance").hasSize(9);
    }

    @Test
    void refusesANameThatNoTagMayHave() {
        long solo = tracked(reader, "Solo Leveling", "Manhwa");

        post(reader, "/api/progress/tags/rename/", Map.of("from", "Manhwa", "to", "  ")).expectInvalid("to");
        post(reader, "/api/progress/tags/rename/", Map.of("from", "Manhwa", "to", "x".repeat(51))).expectInvalid("to");
        post(reader, "/api/progress/tags/rename/", Map.of("to", "Korean")).expectInvalid("from");
        post(reader, "/api/progress/tags/rename/", Arrays.asList("Manhwa", "Korean")).expectProblem(400);
        post(reader, "/api/progress/tags/remove/", Map.of()).expectInvalid("tag");
        post(null, "/api/progress/tags/remove/", Map.of("tag", "Manhwa")).expectProblem(401);
        get(null, "/api/progress/tags/").expectProblem(401);

        assertThat(tagsOf(solo)).containsExactly("Manhwa");
    }
}
