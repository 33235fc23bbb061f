package org.readtrack.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.readtrack.support.ApiTest;
import org.readtrack.support.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Where plain-SQL reads (catalog cache misses, progress lists) run. */
class SqlTest extends ApiTest {

    @Autowired
    private Sql reads;

    @Autowired
    private PlatformTransactionManager transactionManager;

    @Test
    void onSqliteAReadOutsideATransactionGoesToTheReaderPool() {
        assumeFalse(TestDatabase.isPostgresql(), "SQLite's pools");

        // reader connections are opened with query_only; the application's data source hands out the writer
        assertThat(reads.read("PRAGMA query_only").query(String.class).single()).isEqualTo("1");
        assertThat(jdbc.queryForObject("PRAGMA query_only", String.class)).isEqualTo("0");
    }

    @Test
    void aConnectionThatCannotBeMarkedReadOnlyGoesBackToItsPool() throws SQLException {
        Connection connection = mock(Connection.class);
        willThrow(new SQLException("connection is broken")).given(connection).setReadOnly(true);
        DataSource pool = mock(DataSource.class);
        given(pool.getConnection()).willReturn(connection);

        assertThatThrownBy(() -> new Sql(pool, JdbcTarget.Vendor.SQLITE).read("SELECT 1").query(Long.class).single())
                .hasRootCauseMessage("connection is broken");
        verify(connection).close();
    }

    @Test
    void aReadInsideAWriteTransactionSeesWhatThatTransactionWrote() {
        Timestamp now = Timestamp.from(Instant.now());

        long seenInside = new TransactionTemplate(transactionManager).execute(status -> {
            jdbc.update("INSERT INTO categories (name, name_key, created_at, updated_at) VALUES (?, ?, ?, ?)",
                    "Uncommitted", "uncommitted", now, now);
            long count = reads.read("SELECT count(*) FROM categories WHERE name = 'Uncommitted'")
                    .query(Long.class).single();
            status.setRollbackOnly();
            return count;
        });

        assertThat(seenInside).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM categories", Long.class)).isZero();
    }

    @Test
    void aScanOfAColumnHandsOverEachValueOnceAcrossItsPages() {
        int rows = 2 * Sql.SCAN_PAGE + 5; // two full pages and a part; nulls on both sides of each page's end
        List<Object[]> inserted = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (int id = 1; id <= rows; id++) {
            String value = id % 3 == 0 ? null : "value " + id;
            inserted.add(new Object[] {id, value});
            if (value != null) {
                values.add(value);
            }
        }
        jdbc.execute("CREATE TABLE scanned (id BIGINT PRIMARY KEY, label TEXT)");
        try {
            new TransactionTemplate(transactionManager).executeWithoutResult(
                    status -> jdbc.batchUpdate("INSERT INTO scanned (id, label) VALUES (?, ?)", inserted));

            List<String> seen = new ArrayList<>();
            reads.forEachValue("scanned", "label", seen::add);

            assertThat(seen).containsExactlyElementsOf(values);
        } finally {
            jdbc.execute("DROP TABLE scanned");
        }
    }

    /** No read leaves a transaction open on a pooled connection: the next read there would see an old snapshot. */
    @Test
    void aReadOutsideATransactionSeesWhatWasCommittedSinceTheLastOne() {
        assertThat(reads.read("SELECT count(*) FROM categories").query(Long.class).single()).isZero();
        jdbc.update("INSERT INTO categories (name, name_key, created_at, updated_at) VALUES (?, ?, ?, ?)",
                "Committed", "committed", Timestamp.from(Instant.now()), Timestamp.from(Instant.now()));

        assertThat(reads.read("SELECT count(*) FROM categories").query(Long.class).single()).isEqualTo(1);
    }
}
