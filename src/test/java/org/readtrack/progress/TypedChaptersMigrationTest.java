package org.readtrack.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.readtrack.catalog.ChapterPositions;
import org.readtrack.support.ScratchDatabase;
import org.springframework.jdbc.core.JdbcTemplate;

/** V15.4: the last chapters readers typed before they were made numbers, and the positions of every entry. */
class TypedChaptersMigrationTest {

    @RegisterExtension
    final ScratchDatabase database = new ScratchDatabase();

    @Test
    void typedChaptersBecomeTheirNumbersAndEveryPositionFollows() {
        database.migrate("15"); // versions 15.1 to 15.3 are the catalog's, of no matter here
        JdbcTemplate jdbc = database.jdbc();
        Timestamp now = Timestamp.from(Instant.now());
        long category = database.manga();
        long user = database.reader();
        // as the application stored them before: the text as typed, its key a text key after every number
        String[][] entries = {{"Ch. 120", "1Ch. 120"}, {"12,5", ChapterPositions.positionOf("12") + ",5"},
                {"Extra", "1Extra"}, {"7", ChapterPositions.positionOf("7")}, {"", ""}};
        for (int i = 0; i < entries.length; i++) {
            jdbc.update("INSERT INTO contents (title, author, category_id, created_at, updated_at)"
                    + " VALUES (?, '', ?, ?, ?)", "Series " + i, category, now, now);
            long content = jdbc.queryForObject("SELECT max(id) FROM contents", Long.class);
            jdbc.update("INSERT INTO progress (user_id, content_id, last_chapter, last_chapter_key, created_at,"
                    + " updated_at) VALUES (?, ?, ?, ?, ?, ?)", user, content, entries[i][0], entries[i][1], now, now);
        }

        database.migrate(null, new TypedChaptersMigration());

        assertThat(jdbc.queryForList("SELECT last_chapter FROM progress ORDER BY id", String.class))
                .containsExactly("120", "12.5", "Extra", "7", "");
        assertThat(jdbc.queryForList("SELECT last_chapter_key FROM progress ORDER BY id", String.class))
                .containsExactly(ChapterPositions.positionOf("120"), ChapterPositions.positionOf("12.5"), "1extra",
                        ChapterPositions.positionOf("7"), "");
    }

    @Test
    void chaptersWithSpacedThousandsBecomeTheirNumbersAndNothingElseChanges() {
        database.migrate("15"); // 15.1 to 15.6 are data migrations, of no matter here
        JdbcTemplate jdbc = database.jdbc();
        Timestamp now = Timestamp.from(Instant.now());
        long category = database.manga();
        long user = database.reader();
        // the last two reached by "next chapter": the catalog's own numbers, which no reader typed
        String[] typed = {"1 127", "1\u00a0127,5", "2 stories", "1127", "1 200", "Ch. 12"};
        for (int i = 0; i < typed.length; i++) {
            jdbc.update("INSERT INTO contents (title, author, category_id, created_at, updated_at)"
                    + " VALUES (?, '', ?, ?, ?)", "Series " + i, category, now, now);
            long content = jdbc.queryForObject("SELECT max(id) FROM contents", Long.class);
            jdbc.update("INSERT INTO progress (user_id, content_id, last_chapter, last_chapter_key, created_at,"
                    + " updated_at) VALUES (?, ?, ?, ?, ?, ?)", user, content, typed[i],
                    ChapterPositions.positionOf(typed[i]), now, now);
            if (i >= 4) {
                jdbc.update("INSERT INTO chapters (content_id, chapter_number, sort_key, created_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?)", content, typed[i], typed[i], now, now);
            }
        }

        database.migrate(null, new SpacedThousandsMigration());

        assertThat(jdbc.queryForList("SELECT last_chapter FROM progress ORDER BY id", String.class))
                .containsExactly("1127", "1127.5", "2 stories", "1127", "1 200", "Ch. 12");
        assertThat(jdbc.queryForList("SELECT last_chapter_key FROM progress ORDER BY id", String.class))
                .containsExactly(ChapterPositions.positionOf("1127"), ChapterPositions.positionOf("1127.5"),
                        ChapterPositions.positionOf("2 stories"), ChapterPositions.positionOf("1127"),
                        ChapterPositions.positionOf("1 200"), ChapterPositions.positionOf("Ch. 12"));
    }
}
