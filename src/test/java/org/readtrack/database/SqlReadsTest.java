package org.readtrack.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;

import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.Test;
import org.readtrack.support.ApiTest;
import org.readtrack.support.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The transactions that plain-SQL reads (catalog cache misses, progress lists) run in. */
class SqlReadsTest extends ApiTest {

    /** What a read saw of the transaction around it. */
    private record Seen(boolean inTransaction, boolean readOnly, boolean jpaSession, boolean onReaderPool) {
    }

    @Autowired
    private SqlReads reads;

    @Autowired
    private EntityManagerFactory jpa;

    @Autowired
    private PlatformTransactionManager transactionManager;

    @Test
    void aReadOnItsOwnRunsInAReadOnlyTransactionWithoutAJpaSession() {
        Seen seen = reads.run(this::look);

        assertThat(seen.inTransaction()).isTrue();
        assertThat(seen.readOnly()).isTrue();
        assertThat(seen.jpaSession()).isFalse();
        // SQLite: read-only transactions go to the reader pool, whose connections refuse writes
        assertThat(seen.onReaderPool()).isEqualTo(!TestDatabase.isPostgresql());
    }

    @Test
    void aReadInsideAWriteTransactionSeesWhatThatTransactionWrote() {
        Timestamp now = Timestamp.from(Instant.now());
        TransactionTemplate write = new TransactionTemplate(transactionManager);

        long seenInside = write.execute(status -> {
            jdbc.update("INSERT INTO categories (name, name_key, created_at, updated_at) VALUES (?, ?, ?, ?)",
                    "Uncommitted", "uncommitted", now, now);
            long count = reads.run(() -> jdbc.queryForObject(
                    "SELECT count(*) FROM categories WHERE name = 'Uncommitted'", Long.class));
            status.setRollbackOnly();
            return count;
        });

        assertThat(seenInside).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM categories", Long.class)).isZero();
    }

    private Seen look() {
        boolean readerPool = !TestDatabase.isPostgresql()
                && "1".equals(jdbc.queryForObject("PRAGMA query_only", String.class));
        return new Seen(TransactionSynchronizationManager.isActualTransactionActive(),
                TransactionSynchronizationManager.isCurrentTransactionReadOnly(),
                TransactionSynchronizationManager.hasResource(jpa), readerPool);
    }
}
