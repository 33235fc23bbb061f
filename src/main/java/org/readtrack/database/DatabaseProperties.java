package org.readtrack.database;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Database settings as the environment gives them; {@link #target()} turns them into one JDBC target.
 *
 * @param url           {@code DATABASE_URL}: a JDBC URL or a {@code postgres://user:pass@host:port/db} URL
 * @param postgres      the {@code POSTGRES_*} variables of the original design, used when {@code url} is empty
 * @param sqliteFile    the SQLite file used when neither is set
 * @param readPoolSize  SQLite only: connections serving read-only transactions (writes always use one)
 * @param poolSize      PostgreSQL only: size of the connection pool
 * @param statementTimeout how long one statement may run before the database cancels it (0: no limit)
 */
@ConfigurationProperties("readtrack.database")
public record DatabaseProperties(
        String url,
        Postgres postgres,
        Path sqliteFile,
        @DefaultValue("4") int readPoolSize,
        @DefaultValue("10") int poolSize,
        @DefaultValue("5s") Duration statementTimeout) {

    @ConstructorBinding
    public DatabaseProperties {
        if (statementTimeout == null || statementTimeout.isNegative()) {
            statementTimeout = Duration.ZERO;
        }
    }

    /** The settings before the statement timeout existed, with its default. */
    public DatabaseProperties(String url, Postgres postgres, Path sqliteFile, int readPoolSize, int poolSize) {
        this(url, postgres, sqliteFile, readPoolSize, poolSize, Duration.ofSeconds(5));
    }

    public record Postgres(String db, String user, String password, String host, Integer port) {
    }

    public JdbcTarget target() {
        if (url != null && !url.isBlank()) {
            JdbcTarget target = JdbcTarget.fromUrl(url.strip());
            // a URL without credentials takes them from POSTGRES_USER / POSTGRES_PASSWORD
            boolean credentialsApart = target.username() == null && postgres != null
                    && postgres.user() != null && !postgres.user().isBlank();
            return credentialsApart ? new JdbcTarget(target.jdbcUrl(), postgres.user(), postgres.password()) : target;
        }
        if (postgres != null && postgres.db() != null && !postgres.db().isBlank()) {
            String host = blankToDefault(postgres.host(), "localhost");
            int port = postgres.port() == null ? 5432 : postgres.port();
            return new JdbcTarget("jdbc:postgresql://" + host + ":" + port + "/" + postgres.db(),
                    blankToDefault(postgres.user(), "postgres"), postgres.password());
        }
        return JdbcTarget.sqlite(sqliteFile);
    }

    private static String blankToDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
