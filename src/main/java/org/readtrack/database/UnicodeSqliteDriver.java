package org.readtrack.database;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Locale;
import java.util.Properties;
import java.util.logging.Logger;

import org.sqlite.Function;
import org.sqlite.JDBC;

/**
 * sqlite-jdbc's driver, whose connections have a {@code unicode_lower()} that lower-cases every letter, as
 * Java does. SQLite's own {@code lower()} folds ASCII letters only, so that searching chapters for
 * "épisode" missed "Épisode" where PostgreSQL found it; PostgreSQL has a function of the same name (the V4
 * migration), so searches read the same on both databases. SQLite calls back into Java for each value it
 * lowers, several times slower than its own {@code lower()} on a long scan: searches that may scan many
 * rows use it only when the search text needs it (see {@code Chapters}). Each connection also gets the
 * {@link StatementDeadline} that stops reads running past the statement timeout.
 */
final class UnicodeSqliteDriver implements Driver {

    /** SQLite's code for an SQL NULL value. */
    private static final int NULL = 5;

    private final Driver sqlite = new JDBC();

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        Connection connection = sqlite.connect(url, info);
        if (connection != null) {
            try {
                // one instance per connection: a Function holds the state of the call in progress
                Function.create(connection, "unicode_lower", new UnicodeLower(), 1, Function.FLAG_DETERMINISTIC);
                StatementDeadline.install(connection);
            } catch (SQLException e) {
                connection.close();
                throw e;
            }
        }
        return connection;
    }

    @Override
    public boolean acceptsURL(String url) throws SQLException {
        return sqlite.acceptsURL(url);
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
        return sqlite.getPropertyInfo(url, info);
    }

    @Override
    public int getMajorVersion() {
        return sqlite.getMajorVersion();
    }

    @Override
    public int getMinorVersion() {
        return sqlite.getMinorVersion();
    }

    @Override
    public boolean jdbcCompliant() {
        return sqlite.jdbcCompliant();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return sqlite.getParentLogger();
    }

    /** {@code unicode_lower(x)}: as Java lower-cases text, in no particular language; NULL stays NULL. */
    private static final class UnicodeLower extends Function {
        @Override
        protected void xFunc() throws SQLException {
            if (value_type(0) == NULL) {
                result();
            } else {
                result(value_text(0).toLowerCase(Locale.ROOT));
            }
        }
    }
}
