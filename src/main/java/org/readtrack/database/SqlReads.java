package org.readtrack.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Where reads written in SQL run: the catalog lists, contents and chapters, the progress list, existence
 * checks. Inside a transaction they take part in it (a write must see its own changes). Outside,
 * each statement runs on its own (auto-commit) on a connection marked read-only, which with SQLite comes
 * from the reader pool: no transaction to begin and commit around a single indexed {@code SELECT}, which
 * through JPA also meant a Hibernate session per read, and on PostgreSQL a round trip more. As with
 * Django's auto-commit reads, the statements of one read (a page, then its total) may then see the data
 * at slightly different moments.
 */
@Component
public class SqlReads {

    private final JdbcClient inTransaction;
    private final JdbcClient readOnly;

    @Autowired
    public SqlReads(DataSource dataSource, DatabaseProperties properties) {
        this(dataSource, properties.target().vendor() == JdbcTarget.Vendor.SQLITE
                ? properties.statementTimeout() : Duration.ZERO);
    }

    public SqlReads(DataSource dataSource) {
        this(dataSource, Duration.ZERO);
    }

    /**
     * PostgreSQL enforces the statement timeout itself ({@code statement_timeout}, set on each connection):
     * nothing to do per statement here, where a client-side timeout would cost a timer task each time. SQLite
     * has no such setting: {@code sqliteTimeout} arms the {@link StatementDeadline} around each statement.
     */
    private SqlReads(DataSource dataSource, Duration sqliteTimeout) {
        this.inTransaction = JdbcClient.create(template(dataSource, sqliteTimeout));
        this.readOnly = JdbcClient.create(template(new ReadOnlyConnections(dataSource), sqliteTimeout));
    }

    private static JdbcTemplate template(DataSource dataSource, Duration sqliteTimeout) {
        return sqliteTimeout.isZero() ? new JdbcTemplate(dataSource) : new Deadlined(dataSource, sqliteTimeout);
    }

    /** A statement to read with, in the current transaction if there is one. */
    public JdbcClient.StatementSpec sql(String sql) {
        return (TransactionSynchronizationManager.isActualTransactionActive() ? inTransaction : readOnly).sql(sql);
    }

    /**
     * Arms the SQLite deadline once the statement is prepared, and disarms it when the statement is done
     * (rows read) or failed: the template's own hooks before and after each statement.
     */
    private static final class Deadlined extends JdbcTemplate {
        private final long nanos;

        Deadlined(DataSource dataSource, Duration timeout) {
            super(dataSource);
            this.nanos = timeout.toNanos();
        }

        @Override
        protected void applyStatementSettings(Statement statement) throws SQLException {
            super.applyStatementSettings(statement);
            StatementDeadline.arm(nanos);
        }

        @Override
        protected void handleWarnings(Statement statement) throws SQLException {
            StatementDeadline.disarm();
            super.handleWarnings(statement);
        }

        @Override
        protected void handleWarnings(Statement statement, SQLException failure) {
            StatementDeadline.disarm();
            super.handleWarnings(statement, failure);
        }
    }

    /**
     * Marks each connection read-only before its first use, which is what routes it to SQLite's reader
     * pool (see the SQLite data source); PostgreSQL's driver takes it as a hint.
     */
    private static final class ReadOnlyConnections extends DelegatingDataSource {

        ReadOnlyConnections(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return readOnly(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return readOnly(super.getConnection(username, password));
        }

        private static Connection readOnly(Connection connection) throws SQLException {
            try {
                connection.setReadOnly(true);
                return connection;
            } catch (SQLException | RuntimeException e) {
                connection.close(); // back to its pool, not leaked
                throw e;
            }
        }
    }
}
