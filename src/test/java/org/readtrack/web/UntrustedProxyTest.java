package org.readtrack.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.readtrack.support.ApiTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;

/**
 * No proxy is trusted (the default), and the test client connects from loopback, as a client does through
 * Docker's port publishing: forwarding headers must change nothing. The login budget per address is the
 * shipped count, over an hour so that no attempt is refilled while the test runs; only one test logs in.
 */
@TestPropertySource(properties = "readtrack.throttle.login-per-address=30/1h")
@ExtendWith(OutputCaptureExtension.class)
class UntrustedProxyTest extends ApiTest {

    @Test
    void fortyLoginsUnderForgedAddressesAreThrottledAsTheOneConnectionTheyCameFrom() {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            statuses.add(http.post().uri("/api/auth/login/")
                    .header("X-Forwarded-For", "198.18.7." + i).header("Forwarded", "for=198.18.8." + i)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("username", "nobody", "password", PASSWORD))
                    .exchange().returnResult(String.class).getStatus().value());
        }

        assertThat(statuses.subList(0, 30)).containsOnly(401);
        assertThat(statuses.subList(30, 40)).containsOnly(429);
    }

    @Test
    void linksIgnoreForwardedSchemeAndHost() {
        http.post().uri("/api/auth/register/").header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "evil.example").header("Forwarded", "proto=https;host=evil.example")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("username", "direct", "email", "direct@example.org", "password", PASSWORD))
                .exchange()
                .expectStatus().isCreated()
                .expectHeader().valueEquals("Location", "http://localhost:" + port + "/api/auth/me/");
    }

    @Test
    void accessLineCarriesTheConnectionsAddress(CapturedOutput output) {
        http.get().uri("/api/contents/").header("X-Forwarded-For", "203.0.113.77").header("X-Request-Id", "direct-1")
                .exchange().expectStatus().isUnauthorized();

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(output.getOut()).containsPattern(
                "\\[direct-1\\|(127\\.0\\.0\\.1|0:0:0:0:0:0:0:1)\\|\\] .*GET /api/contents/ 401 \\d+ms"));
        assertThat(output.getOut()).doesNotContain("203.0.113.77");
    }
}
