package org.readtrack.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * An empty database of the suite's kind ({@link TestDatabase}), apart from the application's, for tests that migrate
 * one step by step: a SQLite file in a folder of the test's, or a PostgreSQL database dropped on {@link #close}.
 */
public final class ScratchDatabase implements AutoCloseable {

    private final String postgresDatabase;
    private final SingleConnectionDataSource dataSource;

    private ScratchDatabase(String url, String postgresDatabase) {
        this.postgresDatabase = postgresDatabase;
        this.dataSource = new SingleConnectionDataSource(url, "postgres", "", true);
    }

    /** A new database; a SQLite one in {@code dir}. */
    public static ScratchDatabase create(Path dir) {
        if (!TestDatabase.isPostgresql()) {
            return new ScratchDatabase("jdbc:sqlite:" + dir.resolve("migrated.db"), null);
        }
        assumeTrue(TestDatabase.postgresqlAnswers(), "no PostgreSQL on 127.0.0.1:5432");
        String name = "readtrack_migration_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        TestDatabase.execute("CREATE DATABASE " + name);
        return new ScratchDatabase(TestDatabase.POSTGRES_SERVER + name, name);
    }

    public JdbcTemplate jdbc() {
        return new JdbcTemplate(dataSource);
    }

    /** The application's migrations up to {@code target} (null: all), with these Java ones among them. */
    public void migrate(String target, JavaMigration... javaMigrations) {
        String vendor = TestDatabase.isPostgresql() ? "postgresql" : "sqlite";
        FluentConfiguration flyway = Flyway.configure().dataSource(dataSource).javaMigrations(javaMigrations)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor);
        (target == null ? flyway : flyway.target(target)).load().migrate();
    }

    @Override
    public void close() {
        dataSource.destroy();
        if (postgresDatabase != null) {
            TestDatabase.execute("DROP DATABASE IF EXISTS " + postgresDatabase + " WITH (FORCE)");
        }
    }
}
