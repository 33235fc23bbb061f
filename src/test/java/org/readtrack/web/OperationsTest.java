package org.readtrack.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.readtrack.support.ApiTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;

@ExtendWith(OutputCaptureExtension.class)
class OperationsTest extends ApiTest {

    @Test
    void healthProbesArePublicAndReadinessChecksTheDatabase() {
        http.get().uri("/actuator/health/liveness").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("UP");
        http.get().uri("/actuator/health/readiness").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("UP");
        Session admin = admin("ops_admin");
        http.get().uri("/actuator/health/readiness").header("Authorization", admin.bearer()).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.components.db.status").isEqualTo("UP");
    }

    @Test
    void metricsAreForAdministratorsOnlyAndTimeEachEndpoint() {
        http.get().uri("/actuator/prometheus").exchange().expectStatus().isUnauthorized();
        Session reader = user("ops_reader");
        http.get().uri("/actuator/prometheus").header("Authorization", reader.bearer()).exchange()
                .expectStatus().isForbidden();
        http.get().uri("/api/contents/").header("Authorization", reader.bearer()).exchange().expectStatus().isOk();

        Session admin = admin("ops_metrics");
        String metrics = http.get().uri("/actuator/prometheus").header("Authorization", admin.bearer()).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(metrics).containsPattern("http_server_requests_seconds_count\\{[^}]*uri=\"/api/contents\"");
        assertThat(metrics).contains("jdbc_connections_active", "jdbc_connections_max");
    }

    @Test
    void everyResponseCarriesARequestIdAndTheCallersOneIsKept() {
        http.get().uri("/api/contents/").header("X-Request-Id", "trace-42").exchange()
                .expectHeader().valueEquals("X-Request-Id", "trace-42");
        http.get().uri("/api/contents/").exchange()
                .expectHeader().valueMatches("X-Request-Id", "[0-9a-f]{16}");
        // an id that could forge log lines is replaced
        http.get().uri("/api/contents/").header("X-Request-Id", "evil id\twith spaces").exchange()
                .expectHeader().valueMatches("X-Request-Id", "[0-9a-f]{16}");
    }

    @Test
    void accessLogHasMethodPathStatusDurationClientAndCallerButNoSecrets(CapturedOutput output) {
        Session session = user("ops_logger");
        http.get().uri("/api/auth/me/").header("Authorization", session.bearer()).header("X-Request-Id", "log-check-1")
                .exchange().expectStatus().isOk();
        http.post().uri("/api/auth/login/").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("username", session.username(), "password", "wrong " + PASSWORD))
                .exchange().expectStatus().isUnauthorized();

        // answered from the password-hashing thread: its access line is written there
        http.post().uri("/api/auth/password/").header("Authorization", session.bearer())
                .header("X-Request-Id", "log-check-2").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("old_password", "wrong " + PASSWORD, "new_password", "Another-" + PASSWORD))
                .exchange().expectStatus().isBadRequest();

        // the console appender is asynchronous: the lines arrive shortly after the responses
        String client = "(127\\.0\\.0\\.1|0:0:0:0:0:0:0:1)";
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            assertThat(output.getOut()).containsPattern(
                    "\\[log-check-1\\|" + client + "\\|" + session.id() + "\\] .*GET /api/auth/me/ 200 \\d+ms");
            assertThat(output.getOut()).containsPattern(
                    "\\[[0-9a-f]{16}\\|" + client + "\\|\\] .*POST /api/auth/login/ 401 \\d+ms");
            assertThat(output.getOut()).containsPattern(
                    "\\[log-check-2\\|" + client + "\\|" + session.id() + "\\] .*POST /api/auth/password/ 400 \\d+ms");
        });
        assertThat(output.getAll()).doesNotContain(PASSWORD).doesNotContain(session.access())
                .doesNotContain(session.refresh());
    }
}
