package org.readtrack.catalog;

import org.flywaydb.core.api.migration.Context;
import org.readtrack.database.DataMigration;
import org.springframework.stereotype.Component;

/**
 * Version 16.2: the languages stored as a name or in capitals ("FR", "Français", "Japanese"), which imports wrote as
 * the spreadsheet had them until {@link LanguageCodes}, made the codes the catalog's language filter matches
 * exactly. Only those that change; a language neither a code nor a name ("VF") stays as it is.
 */
@Component
class LanguageCodesMigration extends DataMigration {

    LanguageCodesMigration() {
        super("16.2", "content languages as codes");
    }

    @Override
    public void migrate(Context context) throws Exception {
        rewriteChanged(context, "SELECT id, language, language FROM contents", LanguageCodes::code,
                "UPDATE contents SET language = ? WHERE id = ?");
    }
}
