package org.readtrack.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.readtrack.support.ApiTest;
import org.readtrack.support.TestDatabase;
import org.sqlite.core.CorePreparedStatement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * What every SQLite connection is opened with, on both pools, and how the pools keep prepared statements:
 * the settings the service relies on.
 */
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
            assertThat(pragma(statement, "wal_autocheckpoint")).isEqualTo("10000");
        }
    }

    /**
     * The log is copied back by the scheduled checkpoint, not by the commits of write requests: a write leaves
     * its pages in the log (the writer's threshold is far away), and the checkpoint takes them all.
     */
    @Test
    void theScheduledCheckpointEmptiesTheLogThatWritesLeave() {
        WalCheckpoints checkpoints = context.getBean(WalCheckpoints.class);
        checkpoints.run();
        register("checkpointed_1");
        register("checkpointed_2");

        WalCheckpoints.Checkpoint checkpoint = checkpoints.run();

        assertThat(checkpoint.busy()).isFalse();
        assertThat(checkpoint.logPages()).isPositive();
        assertThat(checkpoint.checkpointedPages()).isEqualTo(checkpoint.logPages());
    }

    /** The file holds password hashes and readers' notes: the service's account alone may read it, its log too. */
    @Test
    void theDatabaseFileAndItsLogAreTheOwnersAlone() throws IOException {
        register("owner_only");
        Path file = context.getBean(DatabaseProperties.class).sqliteFile();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        Path log = file.resolveSibling(file.getFileName() + "-wal");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(log))).isEqualTo("rw-------");
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

    @Test
    void eachConnectionKeepsTheStatementsItPrepared() throws SQLException {
        String sql = "SELECT count(*) FROM users WHERE id > ?";
        try (Connection connection = pool("sqliteReader").getConnection()) {
            Object first = preparedBySqlite(connection, sql);
            Object second = preparedBySqlite(connection, sql);
            assertThat(second).isSameAs(first);
            assertThat(preparedBySqlite(connection, sql + " AND id > 0")).isNotSameAs(first);
        }
    }

    /**
     * A statement kept for later must not keep its read open: that read would pin an old snapshot, so the
     * connection would not see later writes and the write-ahead log could never be checkpointed.
     */
    @Test
    void aKeptStatementHoldsNoReadOpen() throws SQLException {
        register("kept_statement_1");
        String sql = "SELECT username FROM users ORDER BY id";
        try (Connection connection = pool("sqliteReader").getConnection();
                PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet rows = statement.executeQuery()) {
            assertThat(rows.next()).isTrue(); // and left unfinished: closing must end the read all the same
        }
        register("kept_statement_2");

        // busy, log frames, checkpointed frames: a reader still in its read would make the checkpoint busy
        Map<String, Object> checkpoint = jdbc.queryForMap("PRAGMA wal_checkpoint(TRUNCATE)");
        assertThat(checkpoint.values()).first().isEqualTo(0);
        try (Connection connection = pool("sqliteReader").getConnection();
                PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet rows = statement.executeQuery()) {
            List<String> usernames = new ArrayList<>();
            while (rows.next()) {
                usernames.add(rows.getString(1));
            }
            assertThat(usernames).contains("kept_statement_1", "kept_statement_2");
        }
    }

    /** The statement SQLite compiled, under the pool's wrapper. */
    private static Object preparedBySqlite(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, 0);
            try (ResultSet result = statement.executeQuery()) {
                assertThat(result.next()).isTrue();
            }
            return statement.unwrap(CorePreparedStatement.class);
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
