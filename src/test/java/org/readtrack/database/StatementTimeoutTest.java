package org.readtrack.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.readtrack.support.CatalogApiTest;
import org.readtrack.support.TestDatabase;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A read that runs past the statement timeout is stopped by the database (PostgreSQL's statement_timeout,
 * SQLite's progress handler) and its request answered 503 with {@code Retry-After}, not held for as long as
 * the statement would take nor answered 500.
 */
@TestPropertySource(properties = {"readtrack.database.statement-timeout=300ms", "readtrack.database.pool-size=2"})
@Import(StatementTimeoutTest.SlowReads.class)
// a context of its own: closed afterwards, so that its connections do not count against PostgreSQL's limit
@DirtiesContext
class StatementTimeoutTest extends CatalogApiTest {

    /** Ten seconds of work on either database, reached through Sql as every list is. */
    static final String SLOW = TestDatabase.isPostgresql() ? "SELECT count(*) FROM pg_sleep(10)"
            : "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 500000000)"
                    + " SELECT count(*) FROM n";

    @TestConfiguration(proxyBeanMethods = false)
    @RestController
    static class SlowReads {
        private final Sql reads;

        SlowReads(Sql reads) {
            this.reads = reads;
        }

        @GetMapping("/api/test/slow")
        long slow() {
            return reads.read(SLOW).query(Long.class).single();
        }

        @GetMapping("/api/test/quick")
        long quick() {
            return reads.read("SELECT 1").query(Long.class).single();
        }
    }

    @Test
    void aStatementPastTheTimeoutIsCancelledAndAnswered503() {
        Session reader = user("reader");

        long start = System.nanoTime();
        Reply reply = get(reader, "/api/test/slow").expectProblem(503);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(reply.headers().getFirst(HttpHeaders.RETRY_AFTER)).isNotNull();
        assertThat(reply.string("detail")).contains("took too long");
        assertThat(took).as("time to answer").isLessThan(Duration.ofSeconds(5));
        // the connection is fine afterwards: the deadline ended with its statement
        assertThat(get(reader, "/api/test/quick").expect(200).raw()).isEqualTo("1");
    }
}
