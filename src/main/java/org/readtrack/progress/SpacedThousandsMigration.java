package org.readtrack.progress;

import org.flywaydb.core.api.migration.Context;
import org.readtrack.catalog.ChapterPositions;
import org.readtrack.database.DataMigration;
import org.springframework.stereotype.Component;

/**
 * Version 15.7: the last chapters written with their thousands set apart ("1 127", as French and spreadsheets write
 * them), kept as text until {@link TypedChapter} joined the digits, then the positions of the entries that change.
 * Only those: a chapter the entry reached by "next chapter" is written as the catalog has it, and stays so.
 */
@Component
class SpacedThousandsMigration extends DataMigration {

    SpacedThousandsMigration() {
        super("15.7", "chapters with spaced thousands");
    }

    @Override
    public void migrate(Context context) throws Exception {
        rewriteChanged(context, "SELECT id, last_chapter, last_chapter FROM progress p WHERE last_chapter <> ''"
                        + " AND NOT EXISTS (SELECT 1 FROM chapters c WHERE c.content_id = p.content_id"
                        + " AND c.chapter_number = p.last_chapter)",
                chapter -> TypedChapter.hasSpacedThousands(chapter) ? TypedChapter.canonical(chapter) : chapter,
                "UPDATE progress SET last_chapter = ? WHERE id = ?");
        rewriteChanged(context, "SELECT id, last_chapter, last_chapter_key FROM progress",
                ChapterPositions::positionOf, "UPDATE progress SET last_chapter_key = ? WHERE id = ?");
    }
}
