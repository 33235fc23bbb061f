package org.readtrack.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.readtrack.support.CatalogApiTest;
import org.readtrack.support.CatalogFixtures;

/**
 * {@code GET /api/progress/history/}: the caller's changes to all their entries, newest first, each with its entry
 * and series; what a reader looks through to find yesterday's mistaken tap.
 */
class RecentChangesTest extends CatalogApiTest {

    private Session reader;
    private long onePiece;
    private long frieren;

    @BeforeEach
    void twoSeries() {
        reader = user("reader");
        CatalogFixtures catalog = fixtures(admin("curator"));
        long manga = catalog.category("Manga");
        onePiece = catalog.content(manga, "One Piece");
        frieren = catalog.content(manga, "Frieren");
        for (String number : List.of("1", "2", "3")) {
            catalog.chapter(onePiece, number);
            catalog.chapter(frieren, number);
        }
        // a clock standing still, moved on between changes: each has its own time
        clock.set(clock.instant());
    }

    private long track(long content, String lastChapter) {
        long id = put(reader, "/api/contents/{id}/progress/", Map.of("last_chapter", lastChapter), content).expect(201).id();
        clock.advance(Duration.ofMinutes(1));
        return id;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> content(Map<String, Object> change) {
        return (Map<String, Object>) change.get("content");
    }

    @Test
    void listsEveryEntrysChangesNewestFirstWithTheirSeries() {
        long first = track(onePiece, "1");
        long second = track(frieren, "1");
        post(reader, "/api/progress/{id}/advance/", Map.of(), first).expect(200);
        clock.advance(Duration.ofMinutes(1));
        patch(reader, "/api/progress/{id}/", Map.of("score", 8), second).expect(200);
        clock.advance(Duration.ofMinutes(1));
        post(reader, "/api/progress/{id}/undo/", Map.of(), second).expect(200);

        Reply recent = get(reader, "/api/progress/history/").expect(200);

        assertThat(recent.number("count")).isEqualTo(5);
        List<Map<String, Object>> changes = recent.results();
        assertThat(changes).extracting(change -> change.get("action"))
                .containsExactly("undo", "update", "advance", "create", "create");
        assertThat(changes).extracting(change -> change.get("entry"))
                .containsExactly((int) second, (int) second, (int) first, (int) second, (int) first);
        assertThat(changes.get(1)).containsOnlyKeys("id", "at", "action", "changes", "undone", "entry", "content")
                .containsEntry("undone", true)
                .containsEntry("changes", Map.of("score", Arrays.asList(null, 8.0)));
        assertThat(content(changes.get(1))).containsOnlyKeys("id", "title", "cover")
                .containsEntry("id", (int) frieren).containsEntry("title", "Frieren").containsEntry("cover", null);
        assertThat(changes.get(2)).containsEntry("changes", Map.of("last_chapter", List.of("1", "2")));
        assertThat(content(changes.get(2))).containsEntry("id", (int) onePiece).containsEntry("title", "One Piece");
        // what the entry's own history says of the same change
        assertThat(get(reader, "/api/progress/{id}/history/", second).expect(200).results().get(1))
                .containsEntry("id", changes.get(1).get("id")).containsEntry("at", changes.get(1).get("at"));
    }

    @Test
    void comesInPagesAndLeavesOutOtherReadersAndDeletedEntries() {
        long first = track(onePiece, "1");
        track(frieren, "2");
        Session other = user("other");
        put(other, "/api/contents/{id}/progress/", Map.of("last_chapter", "3"), onePiece).expect(201);

        Reply page = get(reader, "/api/progress/history/?page_size=1").expect(200);
        assertThat(page.number("count")).isEqualTo(2);
        assertThat(page.results()).extracting(change -> content(change).get("title")).containsExactly("Frieren");
        assertThat(page.json().get("next")).asString().contains("page=2");

        delete(reader, "/api/progress/{id}/", first).expect(204);
        assertThat(get(reader, "/api/progress/history/").expect(200).results())
                .extracting(change -> change.get("entry")).doesNotContain((int) first).hasSize(1);
        assertThat(get(other, "/api/progress/history/").expect(200).number("count")).isEqualTo(1);
        get(reader, "/api/progress/history/?page_size=0").expectInvalid("page_size");
    }
}
