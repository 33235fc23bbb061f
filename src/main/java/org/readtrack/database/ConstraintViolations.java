package org.readtrack.database;

import java.sql.SQLException;

import org.springframework.dao.DataIntegrityViolationException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Recognises a violated constraint in whatever wrapping it arrives: PostgreSQL reports SQLState class 23
 * and Spring translates it, while SQLite errors can surface as generic JDBC exceptions with only
 * the driver's result code to tell what happened.
 */
public final class ConstraintViolations {

    private ConstraintViolations() {
    }

    public static boolean isConstraintViolation(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataIntegrityViolationException) {
                return true;
            }
            if (t instanceof SQLiteException sqlite && isConstraint(sqlite.getResultCode())) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isConstraint(SQLiteErrorCode code) {
        return code == SQLiteErrorCode.SQLITE_CONSTRAINT || code.name().startsWith("SQLITE_CONSTRAINT_");
    }
}
