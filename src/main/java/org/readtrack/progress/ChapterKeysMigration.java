package org.readtrack.progress;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

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
        Map<Long, String> keys = new LinkedHashMap<>();
        try (Statement select = context.getConnection().createStatement();
                ResultSet rows = select.executeQuery("SELECT id, last_chapter FROM progress WHERE last_chapter <> ''")) {
            while (rows.next()) {
                keys.put(rows.getLong(1), ChapterPositions.positionOf(rows.getString(2)));
            }
        }
        try (PreparedStatement update = context.getConnection()
                .prepareStatement("UPDATE progress SET last_chapter_key = ? WHERE id = ?")) {
            for (Map.Entry<Long, String> key : keys.entrySet()) {
                update.setString(1, key.getValue());
                update.setLong(2, key.getKey());
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}
