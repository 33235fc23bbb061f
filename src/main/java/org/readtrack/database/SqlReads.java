package org.readtrack.database;

import java.util.function.Supplier;
import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Read-only transactions for reads written in SQL ({@code JdbcClient}). Like every read-only transaction
 * they go to SQLite's reader pool; unlike the application's JPA transactions they open no Hibernate session,
 * whose set-up and tear-down cost more than the short indexed reads that the hottest requests make when
 * the catalog cache misses. Inside one, use SQL only: a JPA repository would not take part in it.
 */
@Component
public class SqlReads {

    private final TransactionTemplate readOnly;

    public SqlReads(DataSource dataSource) {
        this.readOnly = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.readOnly.setReadOnly(true);
    }

    /**
     * Runs the read in the caller's transaction if there is one (it must see what that transaction wrote),
     * otherwise in a read-only transaction of its own.
     */
    public <T> T run(Supplier<T> read) {
        return TransactionSynchronizationManager.isActualTransactionActive()
                ? read.get() : readOnly.execute(status -> read.get());
    }
}
