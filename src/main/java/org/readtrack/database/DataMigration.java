package org.readtrack.database;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A schema version whose data only Java can compute (keys derived by the application's own rules), run by Flyway
 * between the SQL scripts at its version, in one transaction. Spring Boot hands Flyway every migration bean, so a
 * feature declares one as a component. No checksum: the Java code may change without the stored data changing.
 */
public abstract class DataMigration implements JavaMigration {

    private final MigrationVersion version;
    private final String description;

    protected DataMigration(String version, String description) {
        this.version = MigrationVersion.fromVersion(version);
        this.description = description;
    }

    @Override
    public final MigrationVersion getVersion() {
        return version;
    }

    @Override
    public final String getDescription() {
        return description;
    }

    @Override
    public final Integer getChecksum() {
        return null;
    }

    @Override
    public final boolean canExecuteInTransaction() {
        return true;
    }

    /**
     * A column computed for every row {@code select} gives (its id, then the text the value is computed from),
     * written back by {@code update} (the value, then the id), a thousand rows a batch. Every row is read before
     * any is written: a connection cannot write under a read of its own still open (SQLite).
     */
    protected static void rewrite(Context context, String select, UnaryOperator<String> compute, String update)
            throws SQLException {
        write(context, computed(context, select, compute, false), update);
    }

    /**
     * As {@link #rewrite}, for the rows whose value changes only: {@code select} gives the id, the text the value is
     * computed from, then the value stored now. For a rule that changes few of many rows, which SQL cannot pick out
     * alike on every database.
     */
    protected static void rewriteChanged(Context context, String select, UnaryOperator<String> compute, String update)
            throws SQLException {
        write(context, computed(context, select, compute, true), update);
    }

    /** The values computed for the rows of {@code select}, by id; with {@code changedOnly}, of those that change. */
    private static Map<Long, String> computed(Context context, String select, UnaryOperator<String> compute,
            boolean changedOnly) throws SQLException {
        Map<Long, String> values = new LinkedHashMap<>();
        try (Statement query = context.getConnection().createStatement();
                ResultSet rows = query.executeQuery(select)) {
            while (rows.next()) {
                String value = compute.apply(rows.getString(2));
                if (!changedOnly || !value.equals(rows.getString(3))) {
                    values.put(rows.getLong(1), value);
                }
            }
        }
        return values;
    }

    private static void write(Context context, Map<Long, String> values, String update) throws SQLException {
        try (PreparedStatement write = context.getConnection().prepareStatement(update)) {
            int pending = 0;
            for (Map.Entry<Long, String> value : values.entrySet()) {
                write.setString(1, value.getValue());
                write.setLong(2, value.getKey());
                write.addBatch();
                if (++pending == 1000) {
                    write.executeBatch();
                    pending = 0;
                }
            }
            write.executeBatch();
        }
    }
}
