package org.readtrack.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;

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
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;

@Configuration(proxyBeanMethods = false)
class DataSourceConfiguration {

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
            return pool(properties, "&transaction_mode=IMMEDIATE", 1);
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
            // the file must have a folder to live in before the first connection opens it
            createParentDirectory(properties.sqliteFile());
            BasicDataSource pool = new BasicDataSource();
            pool.setDriver(new UnicodeSqliteDriver());
            pool.setUrl(JdbcTarget.sqlite(properties.sqliteFile()).jdbcUrl() + "?" + PRAGMAS + settings);
            pool.setMaxTotal(connections);
            pool.setMaxIdle(connections);
            // as HikariCP did: a request waits at most 30 s for a connection, then fails, instead of for ever
            pool.setMaxWait(Duration.ofSeconds(30));
            // a local file does not drop connections: no test query before each use
            pool.setTestOnBorrow(false);
            pool.setPoolPreparedStatements(true);
            pool.setMaxOpenPreparedStatements(STATEMENTS_PER_CONNECTION);
            pool.setRegisterConnectionMBean(false);
            return pool;
        }

        private static void createParentDirectory(Path file) {
            Path parent = file.toAbsolutePath().getParent();
            try {
                Files.createDirectories(parent);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create the data directory " + parent, e);
            }
        }
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(PostgresqlSelected.class)
    static class Postgresql {

        @Bean(destroyMethod = "close")
        HikariDataSource dataSource(DatabaseProperties properties) {
            JdbcTarget target = properties.target();
            HikariConfig config = new HikariConfig();
            config.setPoolName("readtrack");
            config.setJdbcUrl(target.jdbcUrl());
            config.setUsername(target.username());
            config.setPassword(target.password());
            config.setMaximumPoolSize(properties.poolSize());
            return new HikariDataSource(config);
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
