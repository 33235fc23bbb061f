package org.readtrack.database;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

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

    public SqlReads(DataSource dataSource) {
        this.inTransaction = JdbcClient.create(dataSource);
        this.readOnly = JdbcClient.create(new ReadOnlyConnections(dataSource));
    }

    /** A statement to read with, in the current transaction if there is one. */
    public JdbcClient.StatementSpec sql(String sql) {
        return (TransactionSynchronizationManager.isActualTransactionActive() ? inTransaction : readOnly).sql(sql);
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
