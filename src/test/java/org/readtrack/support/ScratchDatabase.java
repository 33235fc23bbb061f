package org.readtrack.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.migration.JavaMigration;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.util.FileSystemUtils;

/**
 * An empty database of the suite's kind ({@link TestDatabase}) for each test, apart from the application's, for
 * tests that migrate one step by step: a SQLite file in a folder of its own, or a PostgreSQL database dropped after
 * the test. Registered as a test's extension ({@code @RegisterExtension final ScratchDatabase database = new
 * ScratchDatabase();}).
 */
public final class ScratchDatabase implements BeforeEachCallback, AfterEachCallback {

    private Path dir;
    private String postgresDatabase;
    private SingleConnectionDataSource dataSource;

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        if (TestDatabase.isPostgresql()) {
            assumeTrue(TestDatabase.postgresqlAnswers(), "no PostgreSQL on 127.0.0.1:5432");
            postgresDatabase = "readtrack_migration_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            TestDatabase.execute("CREATE DATABASE " + postgresDatabase);
            dataSource = new SingleConnectionDataSource(TestDatabase.POSTGRES_SERVER + postgresDatabase, "postgres", "",
                    true);
        } else {
            dir = Files.createTempDirectory("readtrack-migration-");
            dataSource = new SingleConnectionDataSource("jdbc:sqlite:" + dir.resolve("migrated.db"), "", "", true);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        if (dataSource != null) {
            dataSource.destroy();
        }
        if (postgresDatabase != null) {
            TestDatabase.execute("DROP DATABASE IF EXISTS " + postgresDatabase + " WITH (FORCE)");
        }
        if (dir != null) {
            FileSystemUtils.deleteRecursively(dir);
        }
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

    /** A category "Manga", as every schema version since the first has it: its id. */
    public long manga() {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc().update("INSERT INTO categories (name, name_key, created_at, updated_at) VALUES ('Manga', 'manga', ?, ?)",
                now, now);
        return jdbc().queryForObject("SELECT max(id) FROM categories", Long.class);
    }

    /** An account "reader", as every schema version since the first has it: its id. */
    public long reader() {
        jdbc().update("INSERT INTO users (username, username_key, email, email_key, password_hash, date_joined)"
                + " VALUES ('reader', 'reader', 'r@example.org', 'r@example.org', 'x', ?)", Timestamp.from(Instant.now()));
        return jdbc().queryForObject("SELECT max(id) FROM users", Long.class);
    }
}
