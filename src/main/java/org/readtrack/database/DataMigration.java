package org.readtrack.database;

import org.flywaydb.core.api.MigrationVersion;
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
}
