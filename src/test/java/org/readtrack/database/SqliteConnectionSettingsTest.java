package org.readtrack.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.readtrack.support.ApiTest;
import org.readtrack.support.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** What every SQLite connection is opened with, on both pools: the settings the service relies on. */
class SqliteConnectionSettingsTest extends ApiTest {

    @Autowired
    private ApplicationContext context;

    @BeforeEach
    void onSqliteOnly() {
        assumeFalse(TestDatabase.isPostgresql(), "SQLite connection settings");
    }

    @Test
    void writerConnectionsEnforceForeignKeysInWalModeWithASmallPageCache() throws SQLException {
        try (Connection connection = pool("sqliteWriter").getConnection();
                Statement statement = connection.createStatement()) {
            assertThat(pragma(statement, "foreign_keys")).isEqualTo("1");
            assertThat(pragma(statement, "journal_mode")).isEqualTo("wal");
            assertThat(pragma(statement, "synchronous")).isEqualTo("1"); // NORMAL
            assertThat(pragma(statement, "cache_size")).isEqualTo("-1024");
            assertThat(pragma(statement, "query_only")).isEqualTo("0");
        }
    }

    @Test
    void readerConnectionsAreReadOnlyWithTheSameSettings() throws SQLException {
        try (Connection connection = pool("sqliteReader").getConnection();
                Statement statement = connection.createStatement()) {
            assertThat(pragma(statement, "foreign_keys")).isEqualTo("1");
            assertThat(pragma(statement, "journal_mode")).isEqualTo("wal");
            assertThat(pragma(statement, "cache_size")).isEqualTo("-1024");
            assertThat(pragma(statement, "query_only")).isEqualTo("1");
        }
    }

    private DataSource pool(String name) {
        return context.getBean(name, DataSource.class);
    }

    private static String pragma(Statement statement, String name) throws SQLException {
        try (ResultSet result = statement.executeQuery("PRAGMA " + name)) {
            assertThat(result.next()).isTrue();
            return result.getString(1);
        }
    }
}
