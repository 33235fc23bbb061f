package org.readtrack.catalog;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

import org.flywaydb.core.api.migration.Context;
import org.readtrack.database.DataMigration;
import org.springframework.stereotype.Component;

/**
 * Version 8.1: the title keys of every existing content ({@code content_title_keys}, created by V8), which only
 * Java computes ({@link TitleKey#of}).
 */
@Component
class TitleKeysMigration extends DataMigration {

    TitleKeysMigration() {
        super("8.1", "content title keys");
    }

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement select = context.getConnection().createStatement();
                ResultSet rows = select.executeQuery("SELECT id, title, alt_titles FROM contents");
                PreparedStatement insert = context.getConnection().prepareStatement(
                        "INSERT INTO content_title_keys (content_id, title_key) VALUES (?, ?)")) {
            int pending = 0;
            while (rows.next()) {
                for (String key : ContentStore.titleKeys(rows.getString(2), ContentStore.altTitles(rows.getString(3)))) {
                    insert.setLong(1, rows.getLong(1));
                    insert.setString(2, key);
                    insert.addBatch();
                    if (++pending == 1000) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
    }

}
