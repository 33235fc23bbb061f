package org.readtrack.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;

import org.readtrack.shared.FieldErrors;
import org.readtrack.shared.Page;
import org.readtrack.shared.PageQuery;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one way the application reads and writes its data: SQL statements through Spring's {@link JdbcClient},
 * each feature's SQL in one class of that feature. Inside a transaction every statement takes part in it (a
 * write must see its own changes). Outside, a read runs on its own (auto-commit) on a connection marked
 * read-only, which with SQLite comes from the reader pool: no transaction to begin and commit around a single
 * indexed {@code SELECT}, and on PostgreSQL a round trip less. As with Django's auto-commit reads, the
 * statements of one read (a page, then its total) may then see the data at slightly different moments. A
 * write outside a transaction is a transaction of one statement.
 */
@Component
public class Sql {

    private static final int BATCH_SIZE = 500;

    /** Rows a {@link #forEachValue} scan reads at once. */
    static final int SCAN_PAGE = 1_000;

    private final JdbcClient inTransaction;
    private final JdbcClient readOnly;
    private final SqlDialect dialect;
    private final JdbcTemplate batches;
    private final TransactionTemplate batchTransaction;
    private final NamedParameterJdbcTemplate namedBatches;

    @Autowired
    public Sql(DataSource dataSource, DatabaseProperties properties) {
        this(dataSource, new SqlDialect(properties.target().vendor()),
                properties.target().vendor() == JdbcTarget.Vendor.SQLITE ? properties.statementTimeout() : Duration.ZERO);
    }

    /** Without a statement timeout: for tools and tests. */
    public Sql(DataSource dataSource, JdbcTarget.Vendor vendor) {
        this(dataSource, new SqlDialect(vendor), Duration.ZERO);
    }

    /**
     * PostgreSQL enforces the statement timeout itself ({@code statement_timeout}, set on each connection):
     * nothing to do per statement here, where a client-side timeout would cost a timer task each time. SQLite
     * has no such setting: {@code sqliteTimeout} arms the {@link StatementDeadline} around each statement.
     */
    private Sql(DataSource dataSource, SqlDialect dialect, Duration sqliteTimeout) {
        this.dialect = dialect;
        this.batches = new JdbcTemplate(dataSource);
        this.namedBatches = new NamedParameterJdbcTemplate(batches);
        // the same data source as the application's transaction manager: the two share its transactions
        this.batchTransaction = new TransactionTemplate(new JdbcTransactionManager(dataSource));
        this.inTransaction = JdbcClient.create(template(dataSource, sqliteTimeout));
        this.readOnly = JdbcClient.create(template(new ReadOnlyConnections(dataSource), sqliteTimeout));
    }

    private static JdbcTemplate template(DataSource dataSource, Duration sqliteTimeout) {
        return sqliteTimeout.isZero() ? new JdbcTemplate(dataSource) : new Deadlined(dataSource, sqliteTimeout);
    }

    /** A statement that reads, in the current transaction if there is one. */
    public JdbcClient.StatementSpec read(String sql) {
        return (TransactionSynchronizationManager.isActualTransactionActive() ? inTransaction : readOnly).sql(sql);
    }

    /** A statement that writes, in the current transaction if there is one, else on its own. */
    public JdbcClient.StatementSpec write(String sql) {
        return inTransaction.sql(sql);
    }

    /** What differs between SQLite and PostgreSQL; feature code asks it instead of branching on the vendor. */
    public SqlDialect dialect() {
        return dialect;
    }

    /**
     * The list routine: {@code pageSql} (which takes {@code :limit} and {@code :offset}) is asked for one row
     * more than the page holds, and {@code countSql} (the same rows, counted) only when that row shows the list
     * goes on, or past page 1 when the page came back empty. See {@link PageQuery#total}.
     */
    public <T> Page<T> page(String pageSql, String countSql, Map<String, ?> parameters, RowMapper<T> rows,
            PageQuery page) {
        List<T> fetched = read(pageSql).params(parameters).param("limit", page.fetchSize())
                .param("offset", page.offset()).query(rows).list();
        long total = page.total(fetched.size(),
                () -> read(countSql).params(parameters).query(Long.class).single());
        return new Page<>(page.items(fetched), total);
    }

    /**
     * The same statement for each row, sent in one batch: for bulk loads. In the current transaction if there
     * is one, else in a transaction of its own (row by row, SQLite would commit each row to disk).
     */
    public void batch(String sql, List<Object[]> rows) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            batches.batchUpdate(sql, rows);
        } else {
            batchTransaction.executeWithoutResult(status -> batches.batchUpdate(sql, rows));
        }
    }

    /**
     * The same statement with named parameters for each of {@code rows}, sent in batches of a few hundred
     * (the parameters of one batch are all in memory at once), in the current transaction: the number of rows
     * each one changed, in order.
     */
    public <T> int[] batch(String sql, List<T> rows, Function<? super T, ? extends Map<String, ?>> parameters) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("A batch of changes is part of a transaction");
        }
        int[] counts = new int[rows.size()];
        for (int start = 0; start < rows.size(); start += BATCH_SIZE) {
            List<T> batch = rows.subList(start, Math.min(rows.size(), start + BATCH_SIZE));
            int[] done = namedBatches.batchUpdate(sql, batch.stream()
                    .map(row -> new MapSqlParameterSource(parameters.apply(row))).toArray(SqlParameterSource[]::new));
            System.arraycopy(done, 0, counts, start, done.length);
        }
        return counts;
    }

    /**
     * Each non-null value of {@code column} in {@code table}, read {@value #SCAN_PAGE} rows at a time in id
     * order: a whole table's worth is never in memory at once (PostgreSQL's driver reads a statement's whole
     * result before it hands over the first row). For scans of constant tables and columns only.
     */
    public void forEachValue(String table, String column, Consumer<String> action) {
        String pageSql = "SELECT id, " + column + " FROM " + table + " WHERE " + column
                + " IS NOT NULL AND id > :after ORDER BY id LIMIT :limit";
        long after = 0;
        List<IdAndValue> rows;
        do {
            rows = read(pageSql).param("after", after).param("limit", SCAN_PAGE)
                    .query((rs, n) -> new IdAndValue(rs.getLong(1), rs.getString(2))).list();
            rows.forEach(row -> action.accept(row.value()));
            if (!rows.isEmpty()) {
                after = rows.get(rows.size() - 1).id();
            }
        } while (rows.size() == SCAN_PAGE);
    }

    private record IdAndValue(long id, String value) {
    }

    /** Whether {@code table} has a row with this id. */
    public boolean exists(String table, long id) {
        return read("SELECT count(*) FROM " + table + " WHERE id = :id").param("id", id).query(Long.class)
                .single() > 0;
    }

    /**
     * The parent check of a list filtered by a parent ({@code ?content=7}): an empty list under a parent that
     * does not exist is the client's mistake, reported on {@code field}, not an empty list.
     */
    public <T> Page<T> checkParent(Page<T> page, String field, String table, Long parentId) {
        if (page.total() == 0 && parentId != null && !exists(table, parentId)) {
            throw FieldErrors.unknownChoice(field);
        }
        return page;
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
