package org.readtrack.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import org.apache.commons.dbcp2.BasicDataSource;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.transaction.PlatformTransactionManager;

@Configuration(proxyBeanMethods = false)
class DataSourceConfiguration {

    /**
     * The longest a request waits for a pooled connection before it is answered 503. Well inside the 3 s in
     * which an outage must be answered; far beyond what a healthy pool makes anyone wait (the single SQLite
     * writer under the benchmark's write load: a p99 of a few milliseconds, BENCHMARKS.md).
     */
    static final Duration CONNECTION_WAIT = Duration.ofSeconds(2);

    /**
     * SQLite allows one writer at a time. Write transactions therefore share a single connection that
     * begins with {@code BEGIN IMMEDIATE}, so writers queue in the pool instead of failing with
     * SQLITE_BUSY when a read transaction tries to upgrade; read-only transactions use their own pool
     * and run in parallel thanks to WAL.
     *
     * <p>Both pools are Commons DBCP rather than HikariCP for one feature: each connection keeps the
     * statements it has prepared. SQLite compiles every statement it is given, sqlite-jdbc keeps none, and
     * HikariCP leaves statement caching to drivers by design; compiling the content query took more time
     * than running it (BENCHMARKS.md, "What was tried").
     */
    @Configuration(proxyBeanMethods = false)
    @Conditional(SqliteSelected.class)
    static class Sqlite {

        private static final Logger log = LoggerFactory.getLogger(DataSourceConfiguration.class);

        /**
         * Page cache of 1 MiB per connection instead of SQLite's 2: five connections' caches are native
         * memory outside the heap, and a page missing from it comes back from the OS's file cache.
         */
        private static final String PRAGMAS =
                "foreign_keys=true&journal_mode=WAL&synchronous=NORMAL&busy_timeout=5000&cache_size=-1024";
        /**
         * Prepared statements kept per connection, least recently used out first. The service sends a few
         * dozen distinct statements; each kept one is a compiled program of a few kilobytes in native memory.
         */
        private static final int STATEMENTS_PER_CONNECTION = 50;

        @Bean(destroyMethod = "close")
        BasicDataSource sqliteWriter(DatabaseProperties properties) {
            // one connection: SQLite serialises writers anyway, and one connection never waits on a lock
            BasicDataSource pool = pool(properties, "&transaction_mode=IMMEDIATE", 1);
            // checkpoints are WalCheckpoints' work, off the requests' path; this is only a backstop
            pool.setConnectionInitSqls(List.of("PRAGMA wal_autocheckpoint = " + WalCheckpoints.WRITER_FALLBACK_PAGES));
            return pool;
        }

        /** The single writer does the short write transactions of concurrent requests in groups. */
        @Bean
        GroupedWrites groupedWrites(PlatformTransactionManager transactions) {
            return new GroupedWrites(transactions, true);
        }

        @Bean
        WalCheckpoints walCheckpoints(BasicDataSource sqliteReader) {
            return new WalCheckpoints(sqliteReader);
        }

        @Bean(destroyMethod = "close")
        BasicDataSource sqliteReader(DatabaseProperties properties) {
            BasicDataSource pool = pool(properties, "", properties.readPoolSize());
            pool.setConnectionInitSqls(List.of("PRAGMA query_only = true"));
            return pool;
        }

        @Bean
        @Primary
        DataSource dataSource(BasicDataSource sqliteWriter, BasicDataSource sqliteReader) {
            LazyConnectionDataSourceProxy routing = new LazyConnectionDataSourceProxy(sqliteWriter);
            routing.setReadOnlyDataSource(sqliteReader);
            return routing;
        }

        private static BasicDataSource pool(DatabaseProperties properties, String settings, int connections) {
            createOwnerOnly(properties.sqliteFile());
            BasicDataSource pool = new BasicDataSource();
            pool.setDriver(new UnicodeSqliteDriver());
            pool.setUrl(JdbcTarget.sqlite(properties.sqliteFile()).jdbcUrl() + "?" + PRAGMAS + settings);
            pool.setMaxTotal(connections);
            pool.setMaxIdle(connections);
            // a request waits at most this long for a connection, then gets a 503 (DatabaseFailure.OVERLOADED)
            pool.setMaxWait(CONNECTION_WAIT);
            // a local file does not drop connections: no test query before each use
            pool.setTestOnBorrow(false);
            pool.setPoolPreparedStatements(true);
            pool.setMaxOpenPreparedStatements(STATEMENTS_PER_CONNECTION);
            pool.setRegisterConnectionMBean(false);
            return pool;
        }

        /**
         * A new database file, readable by the service's account alone: it holds password hashes and every reader's
         * notes, and SQLite gives its log and shared-memory files the same permissions. The folder is made first if
         * need be (owner only too); an existing file or folder is left as its owner set it, with a warning when other
         * accounts may read the file (a database made before this rule, or copied in).
         */
        static void createOwnerOnly(Path file) {
            Path parent = file.toAbsolutePath().getParent();
            try {
                if (!Files.isDirectory(parent)) {
                    // a file where the folder should be fails here, named as the folder
                    Files.createDirectories(parent, ownerOnly("rwx------"));
                }
            } catch (UnsupportedOperationException e) {
                createDirectories(parent);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create the data directory " + parent, e);
            }
            try {
                Files.createFile(file, ownerOnly("rw-------"));
            } catch (FileAlreadyExistsException e) {
                // an existing database: its permissions are its owner's choice, told when they are loose
                warnIfOthersMayRead(file);
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: SQLite creates the file as the system creates files
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create the database file " + file, e);
            }
        }

        private static void warnIfOthersMayRead(Path file) {
            if (othersMayRead(file)) {
                log.warn("The database {} can be read by other accounts than the service's: it holds password hashes"
                        + " and readers' notes; chmod 600 it and its -wal and -shm files", file);
            }
        }

        /** Whether accounts other than the file's owner may read it; false where permissions cannot be told. */
        static boolean othersMayRead(Path file) {
            try {
                Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
                return permissions.contains(PosixFilePermission.GROUP_READ)
                        || permissions.contains(PosixFilePermission.OTHERS_READ);
            } catch (UnsupportedOperationException | IOException e) {
                return false;
            }
        }

        private static FileAttribute<Set<PosixFilePermission>> ownerOnly(String permissions) {
            return PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions));
        }

        private static void createDirectories(Path directory) {
            try {
                Files.createDirectories(directory);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create the data directory " + directory, e);
            }
        }
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(PostgresqlSelected.class)
    static class Postgresql {

        /** pgjdbc's limits for opening a connection: the TCP connect, then the whole login, in seconds. */
        private static final int CONNECT_SECONDS = 2;
        /** Time a dead server gets to answer HikariCP's check of a connection idle for more than 0.5 s. */
        private static final Duration VALIDATION = Duration.ofSeconds(1);
        /** How much longer than the statement timeout a silent socket is waited for (see below). */
        private static final Duration SOCKET_MARGIN = Duration.ofSeconds(5);

        /** Many writers: each transaction on its caller's thread. */
        @Bean
        GroupedWrites groupedWrites(PlatformTransactionManager transactions) {
            return new GroupedWrites(transactions, false);
        }

        /**
         * An outage must be answered 503 within seconds, not after HikariCP's default 30 s wait: a request
         * waits {@link #CONNECTION_WAIT} for a connection; an idle one is checked within {@link #VALIDATION},
         * a new one opened within {@link #CONNECT_SECONDS}. A refused or reset connection fails at once. A
         * server that vanishes without a word (a network partition) leaves statements in flight waiting for
         * the socket timeout: the statement timeout plus a margin, so that a slow statement is cancelled by
         * the server (which answers 57014) before the driver gives up on the socket. The statement timeout
         * itself is the server's {@code statement_timeout}, set once per connection: it covers every
         * statement (JDBC reads and Hibernate's writes alike) at no cost per statement.
         */
        @Bean(destroyMethod = "close")
        @Primary
        HikariDataSource dataSource(DatabaseProperties properties) {
            JdbcTarget target = properties.target();
            HikariConfig config = new HikariConfig();
            config.setPoolName("readtrack");
            config.setJdbcUrl(target.jdbcUrl());
            config.setUsername(target.username());
            config.setPassword(target.password());
            config.setMaximumPoolSize(properties.poolSize());
            config.setConnectionTimeout(CONNECTION_WAIT.toMillis());
            config.setValidationTimeout(VALIDATION.toMillis());
            config.addDataSourceProperty("connectTimeout", CONNECT_SECONDS);
            config.addDataSourceProperty("loginTimeout", CONNECT_SECONDS);
            Duration statementTimeout = properties.statementTimeout();
            if (!statementTimeout.isZero()) {
                config.addDataSourceProperty("socketTimeout", statementTimeout.plus(SOCKET_MARGIN).toSeconds());
                config.setConnectionInitSql("SET statement_timeout = " + Math.max(1, statementTimeout.toMillis()));
            }
            return new HikariDataSource(config);
        }

        /**
         * Flyway's own connections, without the statement and socket timeouts: a migration may rightly run for
         * minutes (an index over millions of rows). Only Flyway gets it.
         */
        @Bean(defaultCandidate = false)
        @FlywayDataSource
        DataSource flywayDataSource(DatabaseProperties properties) {
            JdbcTarget target = properties.target();
            return new SimpleDriverDataSource(new org.postgresql.Driver(), target.jdbcUrl(), target.username(),
                    target.password());
        }
    }

    static JdbcTarget.Vendor selectedVendor(ConditionContext context) {
        return Binder.get(context.getEnvironment())
                .bindOrCreate("readtrack.database", DatabaseProperties.class)
                .target().vendor();
    }

    static class SqliteSelected implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return selectedVendor(context) == JdbcTarget.Vendor.SQLITE;
        }
    }

    static class PostgresqlSelected implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return selectedVendor(context) == JdbcTarget.Vendor.POSTGRESQL;
        }
    }
}
