package org.readtrack.database;

import java.sql.Connection;
import java.sql.SQLException;

import org.sqlite.ProgressHandler;

/**
 * SQLite's statement timeout. sqlite-jdbc's {@code setQueryTimeout} only lengthens the wait for a lock; it
 * never stops a statement that is working. SQLite's progress handler can: it is called back every
 * {@link #OPCODES} virtual-machine steps of a running statement, and a non-zero answer interrupts it
 * ({@code SQLITE_INTERRUPT}). The deadline belongs to the thread that runs the statement (the callback runs
 * on it) and is armed around each statement by {@link Sql}, where every read that may scan lives; other
 * statements (migrations, the dataset loader, Hibernate's writes by id) run without one.
 */
final class StatementDeadline extends ProgressHandler {

    /** Steps between callbacks: a fraction of a millisecond of work, rare enough to cost nothing measurable. */
    static final int OPCODES = 100_000;

    private static final ThreadLocal<long[]> DEADLINE = ThreadLocal.withInitial(() -> new long[] {0});

    static void install(Connection connection) throws SQLException {
        ProgressHandler.setHandler(connection, OPCODES, new StatementDeadline());
    }

    /** The statement about to run on this thread must end within {@code nanos}. */
    static void arm(long nanos) {
        DEADLINE.get()[0] = System.nanoTime() + nanos;
    }

    static void disarm() {
        DEADLINE.get()[0] = 0;
    }

    @Override
    protected int progress() {
        long deadline = DEADLINE.get()[0];
        return deadline != 0 && System.nanoTime() - deadline > 0 ? 1 : 0;
    }
}
