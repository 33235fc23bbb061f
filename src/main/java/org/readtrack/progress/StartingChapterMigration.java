package org.readtrack.progress;

import org.flywaydb.core.api.migration.Context;
import org.readtrack.database.DataMigration;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Version 15.6: the chapters read that history counted for the chapter an entry started at (an entry added at
 * chapter 1,125, or given its first chapter later), which no longer count unless that was the first chapter (see
 * {@code ProgressChanges.chaptersRead}). Only the rows that counted more than one chapter can change.
 */
@Component
class StartingChapterMigration extends DataMigration {

    private final JsonMapper json;

    StartingChapterMigration(JsonMapper json) {
        super("15.6", "chapters read at an entry's start");
        this.json = json;
    }

    @Override
    public void migrate(Context context) throws Exception {
        // the count and the changes in one text ("1125 {...}"): what the row counts depends on both
        rewriteChanged(context, "SELECT id, CAST(chapters_read AS TEXT) || ' ' || changes,"
                        + " CAST(chapters_read AS TEXT) FROM progress_history WHERE chapters_read > 1",
                this::counted, "UPDATE progress_history SET chapters_read = CAST(? AS INTEGER) WHERE id = ?");
    }

    private String counted(String countAndChanges) {
        int space = countAndChanges.indexOf(' ');
        JsonNode lastChapter = json.readTree(countAndChanges.substring(space + 1)).path("last_chapter");
        boolean fromNothing = lastChapter.isArray() && lastChapter.path(0).asString("").isEmpty();
        return fromNothing ? "0" : countAndChanges.substring(0, space);
    }
}
