package org.readtrack.catalog;

import org.flywaydb.core.api.migration.Context;
import org.readtrack.database.DataMigration;
import org.springframework.stereotype.Component;

/**
 * Version 14.1: the key every existing content is ordered by ({@code contents.title_key}, added by V14), which only
 * Java computes ({@link TitleKey#of}).
 */
@Component
class TitleOrderMigration extends DataMigration {

    TitleOrderMigration() {
        super("14.1", "content title order");
    }

    @Override
    public void migrate(Context context) throws Exception {
        rewrite(context, "SELECT id, title FROM contents", TitleKey::of,
                "UPDATE contents SET title_key = ? WHERE id = ?");
    }
}
