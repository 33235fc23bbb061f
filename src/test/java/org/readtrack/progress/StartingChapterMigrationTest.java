package org.readtrack.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.readtrack.support.ScratchDatabase;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/** V15.6: the chapters read history counted for where an entry started no longer count. */
class StartingChapterMigrationTest {

    @RegisterExtension
    final ScratchDatabase database = new ScratchDatabase();

    @Test
    void theChapterAnEntryStartedAtNoLongerCountsButTheFirstChapterAndLaterReadingDo() {
        database.migrate("15"); // the data migrations between are of no matter here
        JdbcTemplate jdbc = database.jdbc();
        Timestamp now = Timestamp.from(Instant.now());
        long category = database.manga();
        long user = database.reader();
        jdbc.update("INSERT INTO contents (title, author, category_id, created_at, updated_at)"
                + " VALUES ('One Piece', '', ?, ?, ?)", category, now, now);
        long content = jdbc.queryForObject("SELECT id FROM contents", Long.class);
        jdbc.update("INSERT INTO progress (user_id, content_id, last_chapter, last_chapter_key, created_at,"
                + " updated_at) VALUES (?, ?, '1130', '', ?, ?)", user, content, now, now);
        long entry = jdbc.queryForObject("SELECT id FROM progress", Long.class);
        // as the application counted them before: added at 1125; then set from nothing (after an undo) to 3;
        // the first chapter; then five chapters read; and a note changed
        Object[][] history = {{"create", "{\"content\":[null,1],\"last_chapter\":[\"\",\"1125\"]}", 1125},
                {"update", "{\"last_chapter\":[\"\",\"3\"]}", 3}, {"update", "{\"last_chapter\":[\"\",\"1\"]}", 1},
                {"advance", "{\"last_chapter\":[\"1125\",\"1130\"]}", 5}, {"update", "{\"notes\":[\"\",\"x\"]}", 0}};
        for (Object[] change : history) {
            jdbc.update("INSERT INTO progress_history (progress_id, user_id, at, action, changes, chapters_read)"
                    + " VALUES (?, ?, ?, ?, ?, ?)", entry, user, now, change[0], change[1], change[2]);
        }

        database.migrate(null, new StartingChapterMigration(JsonMapper.builder().build()));

        assertThat(jdbc.queryForList("SELECT chapters_read FROM progress_history ORDER BY id", Integer.class))
                .containsExactly(0, 0, 1, 5, 0);
    }
}
