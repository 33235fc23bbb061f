package org.readtrack.progress;

import org.flywaydb.core.api.migration.Context;
import org.readtrack.catalog.ChapterPositions;
import org.readtrack.database.DataMigration;
import org.springframework.stereotype.Component;

/**
 * Version 6.2: the position of every existing entry's last chapter ({@code progress.last_chapter_key}, added by
 * V6), which only Java computes ({@link ChapterPositions#positionOf}).
 */
@Component
class ChapterKeysMigration extends DataMigration {

    ChapterKeysMigration() {
        super("6.2", "progress chapter keys");
    }

    @Override
    public void migrate(Context context) throws Exception {
        rewrite(context, "SELECT id, last_chapter FROM progress WHERE last_chapter <> ''", ChapterPositions::positionOf,
                "UPDATE progress SET last_chapter_key = ? WHERE id = ?");
    }
}
