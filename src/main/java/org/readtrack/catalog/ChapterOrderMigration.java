package org.readtrack.catalog;

import org.flywaydb.core.api.migration.Context;
import org.readtrack.database.DataMigration;
import org.springframework.stereotype.Component;

/**
 * Version 15.2: the keys of chapter numbers that begin with a number and go on ({@code 2a}, {@code 1-2}), which
 * {@link ChapterNumber} once sorted after every number and now puts right after theirs: the chapters' own, and
 * the positions of the last chapters readers' entries hold ({@link ChapterPositions}). Only such keys change,
 * and they were all text keys, starting with {@code 1}.
 */
@Component
class ChapterOrderMigration extends DataMigration {

    ChapterOrderMigration() {
        super("15.2", "chapter numbers with a suffix");
    }

    @Override
    public void migrate(Context context) throws Exception {
        rewrite(context, "SELECT id, chapter_number FROM chapters WHERE sort_key LIKE '1%'", ChapterNumber::sortKey,
                "UPDATE chapters SET sort_key = ? WHERE id = ?");
        rewrite(context, "SELECT id, last_chapter FROM progress WHERE last_chapter_key LIKE '1%'",
                ChapterPositions::positionOf, "UPDATE progress SET last_chapter_key = ? WHERE id = ?");
    }
}
