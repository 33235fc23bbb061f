package org.readtrack.catalog;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.flywaydb.core.api.migration.Context;
import org.readtrack.database.DataMigration;
import org.springframework.stereotype.Component;

/**
 * Version 15.5: the keys of the contents whose title, author or other titles hold an invisible formatting character
 * (a zero-width space, a direction mark), which {@link TitleKey} now leaves out: the order by title, the text searched,
 * and the keys an import matches titles by. Only those rows change.
 */
@Component
class InvisibleCharactersMigration extends DataMigration {

    private static final Pattern FORMATTING = Pattern.compile("\\p{Cf}");

    InvisibleCharactersMigration() {
        super("15.5", "invisible characters in titles");
    }

    @Override
    public void migrate(Context context) throws Exception {
        rewriteChanged(context, "SELECT id, title, title_key FROM contents", TitleKey::of,
                "UPDATE contents SET title_key = ? WHERE id = ?");
        rewriteChanged(context, "SELECT id, title || '\n' || author || '\n' || alt_titles, search_text FROM contents",
                SearchText::of, "UPDATE contents SET search_text = ? WHERE id = ?");
        Map<Long, Set<String>> keys = new LinkedHashMap<>();
        try (Statement select = context.getConnection().createStatement();
                ResultSet rows = select.executeQuery("SELECT id, title, alt_titles FROM contents")) {
            while (rows.next()) {
                if (FORMATTING.matcher(rows.getString(2) + rows.getString(3)).find()) {
                    keys.put(rows.getLong(1), ContentStore.titleKeys(rows.getString(2),
                            ContentStore.altTitles(rows.getString(3))));
                }
            }
        }
        try (PreparedStatement delete = context.getConnection().prepareStatement(
                        "DELETE FROM content_title_keys WHERE content_id = ?");
                PreparedStatement insert = context.getConnection().prepareStatement(
                        "INSERT INTO content_title_keys (content_id, title_key) VALUES (?, ?)")) {
            for (Map.Entry<Long, Set<String>> content : keys.entrySet()) {
                delete.setLong(1, content.getKey());
                delete.executeUpdate();
                for (String key : content.getValue()) {
                    insert.setLong(1, content.getKey());
                    insert.setString(2, key);
                    insert.executeUpdate();
                }
            }
        }
    }
}
