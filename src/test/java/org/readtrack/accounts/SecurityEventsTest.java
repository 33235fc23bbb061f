package org.readtrack.accounts;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.readtrack.support.ApiTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.readtrack.support.ProblemResponses.expectUnauthorized;

/**
 * The lines of the {@code readtrack.security} log. The console is written asynchronously, so each test
 * waits for its line to arrive. Throttled requests are logged too: see {@link ThrottlingTest}.
 */
@ExtendWith(OutputCaptureExtension.class)
// the tests give each request its own client address, as a proxy on this machine would
@TestPropertySource(properties = "readtrack.proxies.trusted=127.0.0.1, ::1")
class SecurityEventsTest extends ApiTest {

    private static final String WRONG = "Wrong-Passphrase-42";

    @Test
    void failedLoginIsLoggedWithTheAddressTheAccountAndTheRequestId(CapturedOutput output) {
        long id = register("eve_target");

        expectUnauthorized(login("198.18.200.1", "security-check-1", "eve_target", WRONG));
        expectUnauthorized(login("198.18.200.2", "security-check-2", "EVE_TARGET@example.org", WRONG));

        // the login runs on the hashing threads: the request id must follow it there
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(output.getOut())
                .containsPattern("\\[security-check-1\\|.*readtrack\\.security.*"
                        + "event=login_failed address=198\\.18\\.200\\.1 user=" + id + "\\b")
                .containsPattern("\\[security-check-2\\|.*event=login_failed address=198\\.18\\.200\\.2 user=" + id
                        + "\\b"));
        assertThat(output.getAll()).doesNotContain(WRONG);
    }

    @Test
    void failedLoginOfAnUnknownNameIsLoggedWithoutTheName(CapturedOutput output) {
        expectUnauthorized(login("198.18.200.3", "security-check-3", "nobody-by-that-name", WRONG));

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(output.getOut())
                .containsPattern("\\[security-check-3\\|.*event=login_failed address=198\\.18\\.200\\.3 user=-"));
        assertThat(output.getAll()).doesNotContain("nobody-by-that-name").doesNotContain(WRONG);
    }

    @Test
    void reusedRefreshTokenIsLoggedWithTheAddressAndTheAccount(CapturedOutput output) {
        Session mallory = user("mallory_victim");
        refresh("198.18.200.4", mallory.refresh()).expectStatus().isOk();

        expectUnauthorized(refresh("198.18.200.5", mallory.refresh()));

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(output.getOut())
                .contains("event=refresh_token_reused address=198.18.200.5 user=" + mallory.id() + " family=revoked"));
        assertThat(output.getAll()).doesNotContain(mallory.refresh()).doesNotContain(PASSWORD);
    }

    @Test
    void theTokenOfASessionSignedOutIsRefusedWithoutAnAlarm(CapturedOutput output) {
        Session reader = user("signed_out_reader");
        http.post().uri("/api/auth/logout/").header("Authorization", reader.bearer())
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("refresh", reader.refresh())).exchange()
                .expectStatus().isNoContent();

        expectUnauthorized(refresh("198.18.200.8", reader.refresh()));
        expectUnauthorized(login("198.18.200.9", "security-check-9", "signed_out_reader", WRONG));

        // the failed login, after the refresh, is there: a reuse alarm would be there too
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(output.getOut())
                .contains("event=login_failed address=198.18.200.9"));
        assertThat(output.getOut()).doesNotContain("address=198.18.200.8");
    }

    @Test
    void successfulLoginsAndRefreshesAreNotSecurityEvents(CapturedOutput output) {
        Session reader = user("quiet_reader");
        refresh("198.18.200.6", reader.refresh()).expectStatus().isOk();
        expectUnauthorized(login("198.18.200.7", "security-check-7", "quiet_reader", WRONG));

        // the failed login, after the others, is there: whatever they would have logged is there too
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(output.getOut())
                .contains("event=login_failed address=198.18.200.7"));
        assertThat(output.getOut()).doesNotContain("address=198.18.200.6");
    }

    private RestTestClient.ResponseSpec login(String address, String requestId, String username, String password) {
        return http.post().uri("/api/auth/login/").header("X-Forwarded-For", address)
                .header("X-Request-Id", requestId).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("username", username, "password", password)).exchange();
    }

    private RestTestClient.ResponseSpec refresh(String address, String token) {
        return http.post().uri("/api/auth/refresh/").header("X-Forwarded-For", address)
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("refresh", token)).exchange();
    }
}
