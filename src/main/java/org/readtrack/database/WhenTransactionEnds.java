package org.readtrack.database;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Work left until the current transaction has ended, committed or rolled back, or done at once outside one: a
 * cache dropped before the commit could be filled again, by a concurrent request, with the state about to change.
 */
public final class WhenTransactionEnds {

    private WhenTransactionEnds() {
    }

    public static void run(Runnable work) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    work.run();
                }
            });
        } else {
            work.run();
        }
    }
}
