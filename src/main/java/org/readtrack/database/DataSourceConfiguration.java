package org.readtrack.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

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

        @Bean(destroyMethod = "close")
        HikariDataSource sqliteWriter(DatabaseProperties properties) {
            HikariConfig config = base(properties, "readtrack-write");
            config.setJdbcUrl(url(properties) + "?" + PRAGMAS + "&transaction_mode=IMMEDIATE");
            // force pool size to 1: SQLite serialises writers anyway, and one connection never waits on a lock
            config.setMaximumPoolSize(1);
            return new HikariDataSource(config);
        }

        @Bean(destroyMethod = "close")
        HikariDataSource sqliteReader(DatabaseProperties properties) {
            HikariConfig config = base(properties, "readtrack-read");
            config.setJdbcUrl(url(properties) + "?" + PRAGMAS);
            config.setConnectionInitSql("PRAGMA query_only = true");
            config.setMaximumPoolSize(properties.readPoolSize());
            return new HikariDataSource(config);
        }

        @Bean
        @Primary
        DataSource dataSource(HikariDataSource sqliteWriter, HikariDataSource sqliteReader) {
            LazyConnectionDataSourceProxy routing = new LazyConnectionDataSourceProxy(sqliteWriter);
            routing.setReadOnlyDataSource(sqliteReader);
            return routing;
        }

        private static HikariConfig base(DatabaseProperties properties, String poolName) {
            HikariConfig config = new HikariConfig();
            config.setPoolName(poolName);
            // the file must have a folder to live in before the first connection opens it
            createParentDirectory(properties.sqliteFile());
            return config;
        }

        private static String url(DatabaseProperties properties) {
            return JdbcTarget.sqlite(properties.sqliteFile()).jdbcUrl();
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
