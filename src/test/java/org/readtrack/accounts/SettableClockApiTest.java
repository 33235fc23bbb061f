package org.readtrack.accounts;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;

import org.readtrack.support.ApiTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * HTTP-level tests whose service runs on a clock that stands still until the test moves it. The token
 * decoders keep the system clock, so the clock must only move forward from the real time: a token it stamps
 * is never expired in their eyes.
 */
abstract class SettableClockApiTest extends ApiTest {

    /** The middle of the current second: a second's worth of requests all happen "at once". */
    @BeforeEach
    void standStill() {
        clock.set(Instant.now().truncatedTo(ChronoUnit.SECONDS).plusMillis(500));
    }

    protected RestTestClient.ResponseSpec me(String access) {
        return http.get().uri("/api/auth/me/").header("Authorization", "Bearer " + access).exchange();
    }

    protected RestTestClient.ResponseSpec refresh(String token) {
        return http.post().uri("/api/auth/refresh/").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("refresh", token)).exchange();
    }

    protected Map<String, Object> refreshed(String token) {
        return refresh(token).expectStatus().isOk().expectBody(JSON_OBJECT).returnResult().getResponseBody();
    }
}
