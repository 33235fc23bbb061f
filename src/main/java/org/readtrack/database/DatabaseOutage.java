package org.readtrack.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Whether the database answers, for readiness (it replaces Boot's {@code db} indicator, whose failures are
 * logged with a stack trace at every probe) and for the log: an outage is one WARN line when the first
 * request or probe meets it and one INFO line when the database answers again, however many requests fail
 * in between. While it lasts a background probe tries a connection every second, so that the end is noticed
 * even when nothing else asks. Nothing here runs while the database is fine.
 */
@Component("dbHealthIndicator")
public class DatabaseOutage implements HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutage.class);
    private static final int VALIDATION_SECONDS = 1;
    private static final Duration PROBE_INTERVAL = Duration.ofSeconds(1);

    private final DataSource dataSource;
    /** When the current outage began; null while the database answers. */
    private final AtomicReference<Instant> since = new AtomicReference<>();
    private volatile boolean closed;

    DatabaseOutage(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A request failed because the database does not answer: logs the start of an outage, once. */
    public void report(Throwable failure) {
        Instant now = Instant.now();
        if (since.compareAndSet(null, now)) {
            log.warn("The database does not answer ({}); requests get 503 until it does", describe(failure));
            Thread probe = new Thread(this::probeUntilBack, "database-outage-probe");
            probe.setDaemon(true);
            probe.start();
        }
    }

    @Override
    public Health health() {
        try {
            check();
            recovered();
            return Health.up().build();
        } catch (SQLException | RuntimeException e) {
            if (DatabaseFailure.of(e) == DatabaseFailure.UNAVAILABLE) {
                report(e);
            }
            return Health.down().withDetail("error", describe(e)).build();
        }
    }

    @PreDestroy
    void close() {
        closed = true;
    }

    private void check() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            // read-only: with SQLite this asks the reader pool, never waiting behind the single writer
            connection.setReadOnly(true);
            if (!connection.isValid(VALIDATION_SECONDS)) {
                throw new SQLException("The connection did not answer within " + VALIDATION_SECONDS + " s", "08006");
            }
        }
    }

    private void probeUntilBack() {
        while (!closed && since.get() != null) {
            LockSupport.parkNanos(PROBE_INTERVAL.toNanos());
            try {
                check();
                recovered();
            } catch (SQLException | RuntimeException e) {
                // still down: the outage was logged when it began
            }
        }
    }

    private void recovered() {
        Instant began = since.getAndSet(null);
        if (began != null) {
            long seconds = TimeUnit.MILLISECONDS.toSeconds(Duration.between(began, Instant.now()).toMillis());
            log.info("The database answers again, after {} s", seconds);
        }
    }

    /** The driver's own words (refused, reset, timed out), the innermost that has some; no stack trace. */
    private static String describe(Throwable failure) {
        String said = failure.getMessage();
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null) {
                said = t.getMessage();
            }
        }
        return said;
    }
}
