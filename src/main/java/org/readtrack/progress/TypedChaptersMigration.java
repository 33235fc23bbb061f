package org.readtrack.progress;

import org.flywaydb.core.api.migration.Context;
import org.readtrack.catalog.ChapterPositions;
import org.readtrack.database.DataMigration;
import org.springframework.stereotype.Component;

/**
 * Version 15.4: the last chapters readers wrote before {@link TypedChapter} made them numbers ("Ch. 120" is 120,
 * "12,5" is 12.5), then the positions of every entry whose key changes with them or with the letters' case (version
 * 15.3). Only the rows that change are written.
 */
@Component
class TypedChaptersMigration extends DataMigration {

    TypedChaptersMigration() {
        super("15.4", "readers' typed chapters");
    }

    @Override
    public void migrate(Context context) throws Exception {
        rewriteChanged(context, "SELECT id, last_chapter, last_chapter FROM progress WHERE last_chapter <> ''",
                TypedChapter::canonical, "UPDATE progress SET last_chapter = ? WHERE id = ?");
        rewriteChanged(context, "SELECT id, last_chapter, last_chapter_key FROM progress",
                ChapterPositions::positionOf, "UPDATE progress SET last_chapter_key = ? WHERE id = ?");
    }
}
