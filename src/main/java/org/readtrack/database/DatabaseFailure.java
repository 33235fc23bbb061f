package org.readtrack.database;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.NoSuchElementException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionTimedOutException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * What a database failure means for the caller, whatever wrapping it arrives in (Spring's translation of
 * JDBC's, the pools' own): the service cannot answer now but will, so a 503 rather than a 500.
 */
public enum DatabaseFailure {

    /** The database does not answer: connection refused, lost, or not obtainable for that reason. */
    UNAVAILABLE,
    /** Every connection stayed busy for as long as a request may wait for one, or SQLite's file stayed locked. */
    OVERLOADED,
    /** The statement ran past the statement timeout and was cancelled. */
    TIMED_OUT;

    /** What {@code error} means, or null when it is no failure of the database's availability. */
    public static DatabaseFailure of(Throwable error) {
        DatabaseFailure found = null;
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            DatabaseFailure here = classify(t);
            if (here == UNAVAILABLE) {
                return UNAVAILABLE; // a pool timeout caused by a lost server is an outage, not a busy pool
            }
            if (found == null) {
                found = here;
            }
        }
        if (found == null && (error instanceof DataAccessResourceFailureException
                || error instanceof CannotCreateTransactionException
                || error instanceof TransientDataAccessResourceException)) {
            return UNAVAILABLE;
        }
        return found;
    }

    private static DatabaseFailure classify(Throwable t) {
        if (t instanceof SQLiteException sqlite) {
            return switch (sqlite.getResultCode().code & 0xff) {
                case 9 -> TIMED_OUT; // SQLITE_INTERRUPT: our statement deadline (see StatementDeadline)
                case 5, 6 -> OVERLOADED; // SQLITE_BUSY, SQLITE_LOCKED: busy_timeout ran out
                default -> null;
            };
        }
        if (t instanceof SQLException sql) {
            String state = sql.getSQLState() == null ? "" : sql.getSQLState();
            if (state.startsWith("08") || state.startsWith("57P") || t instanceof SQLNonTransientConnectionException) {
                return UNAVAILABLE; // connection exception; admin shutdown, crash shutdown, cannot connect now
            }
            if ("57014".equals(state) || t instanceof SQLTimeoutException) {
                return TIMED_OUT; // query_canceled: statement_timeout
            }
            if (t instanceof SQLTransientConnectionException || t.getCause() instanceof NoSuchElementException) {
                return OVERLOADED; // HikariCP's and DBCP's "no connection within the wait"
            }
            return null;
        }
        if (t instanceof IOException) {
            return UNAVAILABLE; // the socket under the driver
        }
        if (t instanceof QueryTimeoutException || t instanceof TransactionTimedOutException
) {
            return TIMED_OUT;
        }
        return null;
    }
}
