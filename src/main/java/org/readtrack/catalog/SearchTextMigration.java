package org.readtrack.catalog;

import org.flywaydb.core.api.migration.Context;
import org.readtrack.database.DataMigration;
import org.springframework.stereotype.Component;

/**
 * Version 15.1: the text every existing content is searched by ({@code contents.search_text}, added by V15), which
 * only Java computes ({@link SearchText#of}). Other titles are stored one a line, as the search text keeps them.
 */
@Component
class SearchTextMigration extends DataMigration {

    SearchTextMigration() {
        super("15.1", "content search text");
    }

    @Override
    public void migrate(Context context) throws Exception {
        rewrite(context, "SELECT id, title || '\n' || author || '\n' || alt_titles"
                + " FROM contents", SearchText::of, "UPDATE contents SET search_text = ? WHERE id = ?");
    }
}
