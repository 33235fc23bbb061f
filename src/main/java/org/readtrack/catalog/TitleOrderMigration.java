package org.readtrack.catalog;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

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
        Map<Long, String> keys = new LinkedHashMap<>();
        try (Statement select = context.getConnection().createStatement();
                ResultSet rows = select.executeQuery("SELECT id, title FROM contents")) {
            while (rows.next()) {
                keys.put(rows.getLong(1), TitleKey.of(rows.getString(2)));
            }
        }
        try (PreparedStatement update = context.getConnection()
                .prepareStatement("UPDATE contents SET title_key = ? WHERE id = ?")) {
            int pending = 0;
            for (Map.Entry<Long, String> key : keys.entrySet()) {
                update.setString(1, key.getValue());
                update.setLong(2, key.getKey());
                update.addBatch();
                if (++pending == 1000) {
                    update.executeBatch();
                    pending = 0;
                }
            }
            update.executeBatch();
        }
    }
}
