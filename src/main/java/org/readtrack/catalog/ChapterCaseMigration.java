package org.readtrack.catalog;

import org.flywaydb.core.api.migration.Context;
import org.readtrack.database.DataMigration;
import org.springframework.stereotype.Component;

/**
 * Version 15.3: the keys of chapter numbers that hold letters, which {@link ChapterNumber} now compares whatever
 * their case ("Extra" and "extra" are one chapter). Only the keys that change are written; the positions of readers'
 * entries follow in version 15.4.
 */
@Component
class ChapterCaseMigration extends DataMigration {

    ChapterCaseMigration() {
        super("15.3", "chapter letters in any case");
    }

    @Override
    public void migrate(Context context) throws Exception {
        rewriteChanged(context, "SELECT id, chapter_number, sort_key FROM chapters", ChapterNumber::sortKey,
                "UPDATE chapters SET sort_key = ? WHERE id = ?");
    }
}
