package org.readtrack.database;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * SQLite only: copies the write-ahead log back into the database file a few times a second, on a reader
 * connection, so that no write request has to. Left to SQLite, the commit that grows the log past 1,000 pages
 * does it before returning, writing and syncing the database file while every other writer waits for the
 * single writer connection (BENCHMARKS.md, "Issue 18": a few percent of each change's time, and its slowest
 * answers). A passive checkpoint waits for nobody: it copies what no reader still needs and leaves the rest for
 * the next one. The writer keeps a far higher threshold of its own ({@link #WRITER_FALLBACK_PAGES}) in case
 * these fall behind.
 */
class WalCheckpoints {

    /** Log pages after which a commit checkpoints by itself after all: about 40 MB of log. */
    static final int WRITER_FALLBACK_PAGES = 10_000;

    private static final Logger log = LoggerFactory.getLogger(WalCheckpoints.class);

    private final JdbcTemplate reader;

    WalCheckpoints(DataSource sqliteReader) {
        this.reader = new JdbcTemplate(sqliteReader);
    }

    /** What one checkpoint did: pages in the log, and how many of them are now in the database file. */
    record Checkpoint(boolean busy, int logPages, int checkpointedPages) {
    }

    @Scheduled(fixedDelayString = "PT0.25S", initialDelayString = "PT1S")
    void scheduled() {
        try {
            run();
        } catch (DataAccessException e) {
            // the next one will try again; a database that is really gone shows in every request already
            log.debug("WAL checkpoint failed", e);
        }
    }

    Checkpoint run() {
        return reader.queryForObject("PRAGMA wal_checkpoint(PASSIVE)",
                (rs, row) -> new Checkpoint(rs.getInt(1) != 0, rs.getInt(2), rs.getInt(3)));
    }
}
