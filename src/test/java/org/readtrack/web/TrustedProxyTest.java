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
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * The test client connects from loopback, listed here as a proxy, as are the ranges of the inner proxies that
 * the {@code X-Forwarded-For} chains below pass through. Where the client address lands is observed through
 * the login budget per address (three an hour): the throttle is what a forged address would fool. Every test
 * uses addresses of its own, since the budgets outlive the tests.
 */
@TestPropertySource(properties = {
        "readtrack.proxies.trusted=127.0.0.1, ::1, 10.0.0.0/8, fd00::/8",
        "readtrack.throttle.login-per-address=3/1h"})
@ExtendWith(OutputCaptureExtension.class)
class TrustedProxyTest extends ApiTest {

    @Test
    void clientIsTheAddressTheLastProxyDidNotItselfForward() {
        for (int i = 0; i < 3; i++) {
            login("198.51.100.1, 10.0.0.5").expectStatus().isUnauthorized();
        }

        // the same client reaching the outer proxy directly, or through another inner proxy
        expectTooManyRequests(login("198.51.100.1"));
        expectTooManyRequests(login("198.51.100.1, 10.9.8.7"));
        // the inner proxies were never the client: their own budgets are untouched
        login("10.0.0.5").expectStatus().isUnauthorized();
    }

    @Test
    void addressesTheClientPrependsAreIgnored() {
        for (int i = 0; i < 3; i++) {
            login("203.0.113." + (i + 1) + ", 198.51.100.2").expectStatus().isUnauthorized();
        }

        expectTooManyRequests(login("192.0.2.99, 198.51.100.2"));
        login("198.51.100.22").expectStatus().isUnauthorized();
    }

    @Test
    void textThatIsNoAddressIsNeverTakenForTheClient() {
        for (String forged : new String[] {"evil.example.com", "300.1.1.1", "1.2.3.4:80"}) {
            login(forged + ", 198.51.100.3").expectStatus().isUnauthorized();
        }

        expectTooManyRequests(login("198.51.100.3"));
        // written by a trusted proxy, nonsense makes that proxy the client: it passed it on
        login("bogus, 10.0.0.9").expectStatus().isUnauthorized();
    }

    @Test
    void ipv6ClientsAreKeptApartAndWrittenOneWay() {
        for (int i = 0; i < 3; i++) {
            login("2001:db8:3::7, fd00::1").expectStatus().isUnauthorized();
        }

        expectTooManyRequests(login("2001:DB8:3:0:0:0:0:7"));
        login("2001:db8:4::7").expectStatus().isUnauthorized();
    }

    @Test
    void linksFollowTheSchemeAndHostTheProxyReports() {
        http.post().uri("/api/auth/register/").header("X-Forwarded-For", "198.51.100.5")
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "books.example.org")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("username", "proxied", "email", "proxied@example.org", "password", PASSWORD))
                .exchange()
                .expectStatus().isCreated()
                .expectHeader().valueEquals("Location", "https://books.example.org/api/auth/me/");
    }

    @Test
    void accessLineCarriesTheForwardedClient(CapturedOutput output) {
        http.get().uri("/api/contents/").header("X-Forwarded-For", "192.0.2.1, 198.51.100.6")
                .header("X-Request-Id", "proxied-1").exchange().expectStatus().isUnauthorized();

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(output.getOut())
                .containsPattern("\\[proxied-1\\|198\\.51\\.100\\.6\\|\\] .*GET /api/contents/ 401 \\d+ms"));
        assertThat(output.getOut()).doesNotContain("192.0.2.1");
    }

    private RestTestClient.ResponseSpec login(String forwardedFor) {
        return http.post().uri("/api/auth/login/").header("X-Forwarded-For", forwardedFor)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("username", "nobody", "password", PASSWORD)).exchange();
    }

    private static void expectTooManyRequests(RestTestClient.ResponseSpec response) {
        response.expectStatus().isEqualTo(429);
    }
}
