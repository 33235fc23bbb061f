package org.readtrack.accounts;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.readtrack.support.CatalogApiTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readtrack.support.ProblemResponses.expectProblem;

/**
 * Small reset budgets, one minute long. As in {@link ThrottlingTest}, the client address comes from
 * {@code X-Forwarded-For}, and each test uses addresses and accounts of its own (the buckets outlive tests).
 */
@TestPropertySource(properties = {
        "readtrack.proxies.trusted=127.0.0.1, ::1",
        "readtrack.throttle.password-reset-per-address=3/1m",
        "readtrack.throttle.password-reset-per-email=2/1m",
        "readtrack.throttle.password-change-per-address=2/1m"})
class PasswordResetThrottlingTest extends CatalogApiTest {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    @RegisterExtension
    static final GreenMailExtension mailServer = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> mailServer.getSmtp().getPort());
    }

    @Test
    void oneAddressAsksForFewMails() {
        String address = newAddress();
        for (int i = 0; i < 3; i++) {
            requestReset(address, newEmail()).expectStatus().isAccepted();
        }

        expectTooManyRequests(requestReset(address, newEmail()));

        requestReset(newAddress(), newEmail()).expectStatus().isAccepted();
    }

    @Test
    void oneMailboxGetsFewMailsWhoeverAsks() {
        String email = newEmail();
        requestReset(newAddress(), email).expectStatus().isAccepted();
        requestReset(newAddress(), email.toUpperCase()).expectStatus().isAccepted();

        expectTooManyRequests(requestReset(newAddress(), " " + email + " "));
    }

    @Test
    void unknownAndKnownAddressesShareTheRules() {
        register("alice");
        String address = newAddress();
        requestReset(address, "alice@example.org").expectStatus().isAccepted();
        requestReset(address, "alice@example.org").expectStatus().isAccepted();

        expectTooManyRequests(requestReset(newAddress(), "alice@example.org"));
    }

    @Test
    void settingPasswordsWithTokensIsBudgetedPerAddress() {
        String address = newAddress();
        for (int i = 0; i < 2; i++) {
            confirm(address, "forged").expectStatus().isBadRequest();
        }

        expectTooManyRequests(confirm(address, "forged"));

        confirm(newAddress(), "forged").expectStatus().isBadRequest();
    }

    private RestTestClient.ResponseSpec requestReset(String address, String email) {
        return http.post().uri("/api/auth/password/reset/").header("X-Forwarded-For", address)
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("email", email)).exchange();
    }

    private RestTestClient.ResponseSpec confirm(String address, String token) {
        return http.post().uri("/api/auth/password/reset/confirm/").header("X-Forwarded-For", address)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("token", token, "new_password", "Another-Passphrase-77")).exchange();
    }

    private static void expectTooManyRequests(RestTestClient.ResponseSpec response) {
        expectProblem(response.expectStatus().isEqualTo(429).expectHeader().value("Retry-After", retryAfter ->
                assertThat(Integer.parseInt(retryAfter)).isBetween(1, 60)), 429);
    }

    private static String newEmail() {
        return "reader" + COUNTER.incrementAndGet() + "@example.org";
    }

    /** Addresses of the benchmarking range 198.18.0.0/15 (public, so never taken for a proxy), one per call. */
    private static String newAddress() {
        int n = COUNTER.incrementAndGet();
        return "198.19." + (n / 250) + "." + (n % 250 + 1);
    }
}
