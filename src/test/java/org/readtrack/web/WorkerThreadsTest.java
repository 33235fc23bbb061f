package org.readtrack.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readtrack.support.ProblemResponses.expectProblem;

import java.time.Duration;

import org.apache.coyote.AbstractProtocol;
import org.junit.jupiter.api.Test;
import org.readtrack.support.ApiTest;
import org.readtrack.support.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.http.HttpHeaders;

/**
 * Tomcat's many threads only wait for requests to arrive; the work is bounded by the limiter's permits,
 * a few per core by database. Seen from the running server, and from a request that finds no permit.
 */
class WorkerThreadsTest extends ApiTest {

    private static final int CORES = Runtime.getRuntime().availableProcessors();

    @Autowired
    private ServletWebServerApplicationContext context;

    @Autowired
    private WorkLimiter workers;

    @Test
    void theServerHasManyConnectionThreadsAndAFewWorkPermitsByDatabase() {
        AbstractProtocol<?> protocol = protocol((TomcatWebServer) context.getWebServer());

        assertThat(protocol.getMaxThreads()).isEqualTo(200);
        assertThat(protocol.getConnectionTimeout()).isEqualTo(WorkerThreads.CONNECTION_TIMEOUT_MILLIS);
        assertThat(protocol.getMaxConnections()).isEqualTo(WorkerThreads.MAX_CONNECTIONS);
        // the figures measured in BENCHMARKS.md: 2 per core with SQLite (at least 4), 4 with PostgreSQL (8)
        assertThat(workers.permits()).isEqualTo(TestDatabase.isPostgresql() ? Math.max(8, 4 * CORES)
                : Math.max(4, 2 * CORES));
        assertThat(workers.available()).isEqualTo(workers.permits());
    }

    @Test
    void withEveryPermitTakenARequestGets503AndRetryAfterWhileHealthProbesStillAnswer() throws Exception {
        Session alice = user("alice");
        int held = 0;
        try {
            while (held < workers.permits() && workers.acquire(Duration.ofSeconds(5))) {
                held++;
            }
            assertThat(held).isEqualTo(workers.permits());

            expectProblem(http.get().uri("/api/auth/me/").header("Authorization", alice.bearer()).exchange(), 503)
                    .jsonPath("$.retry_after").isEqualTo(1);
            http.get().uri("/api/auth/me/").header("Authorization", alice.bearer()).exchange()
                    .expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "1");
            http.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
        } finally {
            for (; held > 0; held--) {
                workers.release();
            }
        }
        http.get().uri("/api/auth/me/").header("Authorization", alice.bearer()).exchange().expectStatus().isOk();
    }

    private static AbstractProtocol<?> protocol(TomcatWebServer server) {
        return (AbstractProtocol<?>) server.getTomcat().getConnector().getProtocolHandler();
    }
}
