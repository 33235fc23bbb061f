package org.readtrack.database;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Short write transactions that many requests make at once, such as a change to a reading-list entry with its
 * history record. SQLite has a single writer: each request used to take the write connection, begin, write,
 * commit and hand the connection to the next request's thread, one after the other. With SQLite, one thread
 * here runs all of these transactions: those that arrive while it is busy make the next group, one transaction
 * in which each has its own savepoint, so that one that fails is undone alone and the others commit. The
 * connection, the begin and the commit are paid once per group (BENCHMARKS.md, "Issues 17 and 18: the third
 * pass": advance 4–6 % faster). Each caller gets its result (or its exception) once its group has committed,
 * never before; if the commit itself fails, every caller of the group gets that failure and nothing of the
 * group is written.
 *
 * <p>With PostgreSQL, which has many writers, each transaction runs on its caller's thread as usual, and so
 * does one started inside a transaction already under way (it takes part in it).
 *
 * <p>Work given here must not depend on its thread: it runs on another one, without the request's
 * thread-local state (security context, logging context).
 */
public final class GroupedWrites implements DisposableBean {

    /** Transactions at most in one group, which bounds how long the writer holds one open. */
    static final int MAX_GROUP = 64;

    private final TransactionTemplate transaction;
    private final TransactionTemplate savepoint;
    private final BlockingQueue<Write<?>> queue = new LinkedBlockingQueue<>();
    private final Thread writer;
    private volatile boolean stopped;

    /** {@code grouped}: whether to group (the database has a single writer). */
    public GroupedWrites(PlatformTransactionManager transactions, boolean grouped) {
        this.transaction = new TransactionTemplate(transactions);
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        if (grouped) {
            this.writer = new Thread(this::run, "grouped-writes");
            this.writer.setDaemon(true);
            this.writer.start();
        } else {
            this.writer = null;
        }
    }

    /** {@code work} in a transaction: its result once committed, or the exception it threw, with nothing written. */
    public <T> T inTransaction(Supplier<T> work) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return work.get();
        }
        if (writer != null) {
            Write<T> write = new Write<>(work);
            if (handedToWriter(write)) {
                return write.outcome();
            }
        }
        return transaction.execute(status -> work.get());
    }

    /** Whether the writer takes {@code write}: not once it has stopped. */
    private synchronized boolean handedToWriter(Write<?> write) {
        if (stopped) {
            return false;
        }
        queue.add(write);
        return true;
    }

    /** Transactions waiting for the writer to take them. */
    int queued() {
        return queue.size();
    }

    /** Runs what was already given, then stops; later transactions run on their callers' threads. */
    @Override
    public void destroy() throws InterruptedException {
        synchronized (this) {
            stopped = true;
        }
        if (writer != null) {
            writer.join();
        }
    }

    private void run() {
        List<Write<?>> group = new ArrayList<>(MAX_GROUP);
        while (true) {
            Write<?> first;
            try {
                first = queue.poll(100, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                first = queue.poll();
            }
            if (first == null) {
                if (stopped && queue.isEmpty()) {
                    return;
                }
                continue;
            }
            group.add(first);
            queue.drainTo(group, MAX_GROUP - 1);
            commit(group);
            group.clear();
        }
    }

    private void commit(List<Write<?>> group) {
        try {
            if (group.size() == 1) {
                // alone: no savepoint needed, its failure rolls the transaction back
                Write<?> alone = group.get(0);
                transaction.executeWithoutResult(status -> alone.run());
            } else {
                transaction.executeWithoutResult(status -> group.forEach(write -> write.runIn(savepoint)));
            }
        } catch (RuntimeException | Error failure) {
            group.forEach(write -> write.failWith(failure));
            return;
        }
        group.forEach(Write::deliver);
    }

    /** One caller's transaction: its work, what it gave, and the caller waiting for it. */
    private static final class Write<T> {
        private final Supplier<T> work;
        private final CompletableFuture<T> outcome = new CompletableFuture<>();
        private T result;
        private RuntimeException failure;

        Write(Supplier<T> work) {
            this.work = work;
        }

        /** Alone in its transaction: a failure is the transaction's, reported by {@link #failWith}. */
        void run() {
            result = work.get();
        }

        /** Within a group: a failure rolls back to the savepoint and is kept for the caller. */
        void runIn(TransactionTemplate savepoint) {
            try {
                result = savepoint.execute(status -> work.get());
            } catch (RuntimeException e) {
                failure = e;
            }
        }

        void deliver() {
            if (failure != null) {
                outcome.completeExceptionally(failure);
            } else {
                outcome.complete(result);
            }
        }

        void failWith(Throwable groupFailure) {
            outcome.completeExceptionally(failure != null ? failure : groupFailure);
        }

        /** Waits, without giving up: the writer ends each transaction within the statement timeout. */
        T outcome() {
            try {
                return outcome.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException exception) {
                    throw exception;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw e;
            }
        }
    }
}
