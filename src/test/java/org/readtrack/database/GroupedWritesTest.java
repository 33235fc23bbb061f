package org.readtrack.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.apache.commons.dbcp2.BasicDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The single SQLite writer's grouped transactions, on a database file of their own: a writer pool of one
 * connection (as the application's) and a separate connection that sees only what was committed.
 */
class GroupedWritesTest {

    @TempDir
    Path folder;

    private BasicDataSource writerPool;
    private BasicDataSource readerPool;
    private JdbcTemplate writer;
    private JdbcTemplate committed;
    private JdbcTransactionManager transactions;
    private GroupedWrites grouped;
    private final ExecutorService callers = Executors.newFixedThreadPool(4);

    @BeforeEach
    void openDatabase() {
        String url = "jdbc:sqlite:" + folder.resolve("grouped.db") + "?journal_mode=WAL&busy_timeout=5000";
        writerPool = pool(url + "&transaction_mode=IMMEDIATE");
        readerPool = pool(url);
        writer = new JdbcTemplate(writerPool);
        committed = new JdbcTemplate(readerPool);
        writer.execute("CREATE TABLE rows (name TEXT PRIMARY KEY)");
        transactions = new JdbcTransactionManager(writerPool);
        grouped = new GroupedWrites(transactions, true);
    }

    @AfterEach
    void close() throws Exception {
        callers.shutdownNow();
        grouped.destroy();
        writerPool.close();
        readerPool.close();
    }

    @Test
    void writesThatArriveWhileTheWriterIsBusyCommitTogetherAndEachCallerHearsOnlyAfterTheCommit() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Future<Long> first = busyWriter(release);
        List<Future<Long>> others = List.of(submit(insertAndCountCommitted("b")), submit(insertAndCountCommitted("c")),
                submit(insertAndCountCommitted("d")));
        awaitQueued(3);

        release.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS)).isZero();
        // one transaction for the three: none of them saw another's row committed, only the first one's
        for (Future<Long> other : others) {
            assertThat(other.get(10, TimeUnit.SECONDS)).isEqualTo(1);
        }
        assertThat(committedCount()).isEqualTo(4);
    }

    @Test
    void aWriteThatFailsInAGroupIsUndoneAloneAndItsCallerGetsItsException() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Future<Long> first = busyWriter(release);
        Future<Long> before = submit(insertAndCountCommitted("before"));
        awaitQueued(1);
        Future<Long> failing = submit(() -> {
            insert("failing");
            throw new IllegalStateException("refused");
        });
        awaitQueued(2);
        Future<Long> after = submit(insertAndCountCommitted("after"));
        awaitQueued(3);

        release.countDown();

        first.get(10, TimeUnit.SECONDS);
        before.get(10, TimeUnit.SECONDS);
        after.get(10, TimeUnit.SECONDS);
        assertThatThrownBy(() -> failing.get(10, TimeUnit.SECONDS)).cause()
                .isInstanceOf(IllegalStateException.class).hasMessage("refused");
        assertThat(committed.queryForList("SELECT name FROM rows ORDER BY name", String.class))
                .containsExactly("after", "before", "first");
    }

    @Test
    void aWriteAloneThatFailsWritesNothingAndItsCallerGetsItsException() {
        assertThatThrownBy(() -> grouped.inTransaction(() -> {
            insert("alone");
            throw new IllegalArgumentException("no");
        })).isInstanceOf(IllegalArgumentException.class).hasMessage("no");

        assertThat(committedCount()).isZero();
    }

    @Test
    void theResultIsTheWorksOnceCommittedWrittenByTheWriterThread() {
        String thread = grouped.inTransaction(() -> {
            insert("one");
            return Thread.currentThread().getName();
        });

        assertThat(thread).isEqualTo("grouped-writes");
        assertThat(committedCount()).isEqualTo(1);
    }

    @Test
    void insideATransactionAlreadyUnderWayTheWriteTakesPartInIt() {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            String thread = grouped.inTransaction(() -> {
                insert("inside");
                return Thread.currentThread().getName();
            });
            assertThat(thread).isEqualTo(Thread.currentThread().getName());
            status.setRollbackOnly();
        });

        assertThat(committedCount()).isZero();
    }

    @Test
    void ungroupedEachTransactionRunsOnItsCallersThread() throws Exception {
        grouped.destroy();
        GroupedWrites perCaller = new GroupedWrites(transactions, false);

        String thread = perCaller.inTransaction(() -> {
            insert("own");
            return Thread.currentThread().getName();
        });

        assertThat(thread).isEqualTo(Thread.currentThread().getName());
        assertThat(committedCount()).isEqualTo(1);
        assertThatThrownBy(() -> perCaller.inTransaction(() -> {
            insert("refused");
            throw new IllegalStateException("no");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(committedCount()).isEqualTo(1);
    }

    @Test
    void ungroupedTheTransactionsOfConcurrentCallersRunAtTheSameTime() throws Exception {
        // a database with many writers, as PostgreSQL: two connections whose transactions do not lock at once
        BasicDataSource twoConnections = pool("jdbc:sqlite:" + folder.resolve("grouped.db") + "?journal_mode=WAL");
        twoConnections.setMaxTotal(2);
        GroupedWrites perCaller = new GroupedWrites(new JdbcTransactionManager(twoConnections), false);
        CyclicBarrier bothInside = new CyclicBarrier(2);
        Supplier<Integer> meetTheOther = () -> {
            try {
                return bothInside.await(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("the other transaction did not run meanwhile", e);
            }
        };

        Future<Integer> one = callers.submit(() -> perCaller.inTransaction(meetTheOther));
        Future<Integer> other = callers.submit(() -> perCaller.inTransaction(meetTheOther));

        assertThat(List.of(one.get(15, TimeUnit.SECONDS), other.get(15, TimeUnit.SECONDS))).containsExactlyInAnyOrder(0, 1);
        twoConnections.close();
    }

    @Test
    void stoppingFinishesWhatWasGivenAndLaterWritesRunOnTheirCallersThreads() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Future<Long> first = busyWriter(release);
        Future<Long> queued = submit(insertAndCountCommitted("queued"));
        awaitQueued(1);
        Future<?> stopping = callers.submit(() -> {
            grouped.destroy();
            return null;
        });
        release.countDown();
        stopping.get(10, TimeUnit.SECONDS);

        assertThat(first.get(1, TimeUnit.SECONDS)).isZero();
        assertThat(queued.get(1, TimeUnit.SECONDS)).isEqualTo(1);
        String thread = grouped.inTransaction(() -> {
            insert("later");
            return Thread.currentThread().getName();
        });
        assertThat(thread).isEqualTo(Thread.currentThread().getName());
        assertThat(committedCount()).isEqualTo(3);
    }

    /**
     * A first write that inserts its row, then holds the writer until {@code release}: returned once it has
     * begun, its result is how many rows were committed when it was released (none).
     */
    private Future<Long> busyWriter(CountDownLatch release) {
        CountDownLatch started = new CountDownLatch(1);
        Future<Long> first = submit(() -> {
            insert("first");
            started.countDown();
            await(release);
            return committedCount();
        });
        await(started);
        return first;
    }

    private Future<Long> submit(Supplier<Long> work) {
        return callers.submit(() -> grouped.inTransaction(work));
    }

    private Supplier<Long> insertAndCountCommitted(String name) {
        return () -> {
            insert(name);
            return committedCount();
        };
    }

    private void insert(String name) {
        writer.update("INSERT INTO rows (name) VALUES (?)", name);
    }

    private long committedCount() {
        return committed.queryForObject("SELECT count(*) FROM rows", Long.class);
    }

    /** Until {@code count} writes wait for the writer, busy with the first one. */
    private void awaitQueued(int count) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (grouped.queued() != count) {
            assertThat(System.nanoTime()).as("%d writes queued in time", count).isLessThan(deadline);
            Thread.onSpinWait();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static BasicDataSource pool(String url) {
        BasicDataSource pool = new BasicDataSource();
        pool.setUrl(url);
        pool.setMaxTotal(1);
        pool.setRegisterConnectionMBean(false);
        return pool;
    }
}
