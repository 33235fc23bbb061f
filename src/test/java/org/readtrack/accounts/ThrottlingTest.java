package org.readtrack.accounts;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.readtrack.support.ApiTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readtrack.support.ProblemResponses.expectProblem;

/**
 * Small budgets, one minute long. The buckets outlive each test (they belong to the application, not to the
 * database that is emptied), so every test uses client addresses and usernames of its own. The client address
 * comes from {@code X-Forwarded-For}, believed because the test client connects from a trusted proxy's address.
 */
@TestPropertySource(properties = {
        "readtrack.proxies.trusted=127.0.0.1, ::1",
        "readtrack.throttle.login-per-address=3/1m",
        "readtrack.throttle.login-per-username=5/1m",
        "readtrack.throttle.register-per-address=2/1m",
        "readtrack.throttle.register-per-username=2/1m",
        "readtrack.throttle.refresh-per-address=3/1m",
        "readtrack.throttle.refresh-per-user=4/1m"})
class ThrottlingTest extends ApiTest {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();
    private static final String WRONG = "Wrong-Passphrase-42";

    @Test
    void fourthLoginFromOneAddressIsRefusedWithRetryAfter() {
        String address = newAddress();
        String username = newUser();

        for (int i = 0; i < 3; i++) {
            login(address, username, WRONG).expectStatus().isUnauthorized();
        }

        expectTooManyRequests(login(address, username, PASSWORD));
    }

    @Test
    void throttledResponseSaysWhenToRetry() {
        String address = newAddress();
        String username = newUser();
        for (int i = 0; i < 3; i++) {
            login(address, username, PASSWORD).expectStatus().isOk();
        }

        expectTooManyRequests(login(address, username, PASSWORD))
                .jsonPath("$.retry_after").value(Integer.class, seconds -> assertThat(seconds).isBetween(1, 60));
    }

    @Test
    void forwardedForHeaderFromTheLocalProxySetsTheClientAddress() {
        String exhausted = newAddress();
        String username = newUser();
        for (int i = 0; i < 3; i++) {
            login(exhausted, "nobody-" + username, WRONG).expectStatus().isUnauthorized();
        }
        expectTooManyRequests(login(exhausted, "nobody-" + username, WRONG));

        login(newAddress(), username, PASSWORD).expectStatus().isOk();
    }

    @Test
    void loginsForOneUsernameAreLimitedAcrossAddresses() {
        String username = newUser();
        for (int i = 0; i < 5; i++) {
            login(newAddress(), username, WRONG).expectStatus().isUnauthorized();
        }
        String fresh = newAddress();

        expectTooManyRequests(login(fresh, username, PASSWORD));

        login(fresh, "someone-else-" + username, WRONG).expectStatus().isUnauthorized();
    }

    @Test
    void usernameBudgetIgnoresCaseAndSurroundingSpace() {
        String username = newUser();
        for (String variant : new String[] {username, username.toUpperCase(), " " + username, username + " ",
                "\t" + username + "\t"}) {
            login(newAddress(), variant, WRONG).expectStatus().isUnauthorized();
        }

        expectTooManyRequests(login(newAddress(), "  " + username.toUpperCase() + "  ", PASSWORD));
    }

    @Test
    void usernameAndEmailOfOneAccountShareItsBudget() {
        String username = newUser();
        for (String identifier : new String[] {username, username + "@example.org", username,
                username.toUpperCase() + "@EXAMPLE.ORG", username}) {
            login(newAddress(), identifier, WRONG).expectStatus().isUnauthorized();
        }

        expectTooManyRequests(login(newAddress(), username + "@example.org", PASSWORD));
    }

    @Test
    void thirdRegistrationFromOneAddressIsRefused() {
        String address = newAddress();
        register(address, newName()).expectStatus().isCreated();
        register(address, newName()).expectStatus().isCreated();

        String third = newName();
        expectTooManyRequests(register(address, third));

        assertThat(jdbc.queryForObject("SELECT count(*) FROM users WHERE username = ?", Long.class, third)).isZero();
        register(newAddress(), third).expectStatus().isCreated();
    }

    @Test
    void fourthRefreshFromOneAddressIsRefused() {
        String address = newAddress();
        String refresh = tokens(newAddress(), newUser()).get("refresh");
        for (int i = 0; i < 3; i++) {
            refresh(address, "not-a-token").expectStatus().isUnauthorized();
        }

        expectTooManyRequests(refresh(address, refresh));

        refresh(newAddress(), refresh).expectStatus().isOk();
    }

    @Test
    void registeringOneUsernameOverAndOverIsRefusedFromAnyAddress() {
        String username = newName();
        register(newAddress(), username).expectStatus().isCreated();
        register(newAddress(), username).expectStatus().isEqualTo(409);

        expectTooManyRequests(register(newAddress(), username));
    }

    @Test
    void refreshingOneAccountTooOftenIsRefusedFromAnyAddress() {
        String refresh = tokens(newAddress(), newUser()).get("refresh");
        for (int i = 0; i < 4; i++) {
            Map<String, Object> pair = refresh(newAddress(), refresh).expectStatus().isOk()
                    .expectBody(JSON_OBJECT).returnResult().getResponseBody();
            refresh = (String) pair.get("refresh");
        }

        expectTooManyRequests(refresh(newAddress(), refresh));
    }

    @Test
    void eachEndpointHasItsOwnBudget() {
        String address = newAddress();
        String username = newUser();
        for (int i = 0; i < 3; i++) {
            login(address, username, WRONG).expectStatus().isUnauthorized();
        }
        expectTooManyRequests(login(address, username, WRONG));

        register(address, newName()).expectStatus().isCreated();
        refresh(address, "not-a-token").expectStatus().isUnauthorized();
    }

    private static RestTestClient.BodyContentSpec expectTooManyRequests(RestTestClient.ResponseSpec response) {
        return expectProblem(response.expectStatus().isEqualTo(429).expectHeader().value("Retry-After", retryAfter ->
                assertThat(Integer.parseInt(retryAfter)).isBetween(1, 60)), 429);
    }

    /** A registered account with a name no other test uses, created from an address of its own. */
    private String newUser() {
        String username = newName();
        register(newAddress(), username).expectStatus().isCreated();
        return username;
    }

    private static String newName() {
        return "reader" + ADDRESSES.incrementAndGet();
    }

    /** Addresses of the benchmarking range 198.18.0.0/15 (public, so never taken for a proxy), one per call. */
    private static String newAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "198.18." + (n / 250) + "." + (n % 250 + 1);
    }

    private Map<String, String> tokens(String address, String username) {
        Map<String, Object> tokens = login(address, username, PASSWORD).expectStatus().isOk()
                .expectBody(JSON_OBJECT).returnResult().getResponseBody();
        return Map.of("access", (String) tokens.get("access"), "refresh", (String) tokens.get("refresh"));
    }

    private RestTestClient.ResponseSpec login(String address, String username, String password) {
        return http.post().uri("/api/auth/login/").header("X-Forwarded-For", address)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("username", username, "password", password)).exchange();
    }

    private RestTestClient.ResponseSpec register(String address, String username) {
        return http.post().uri("/api/auth/register/").header("X-Forwarded-For", address)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("username", username, "email", username + "@example.org", "password", PASSWORD))
                .exchange();
    }

    private RestTestClient.ResponseSpec refresh(String address, String token) {
        return http.post().uri("/api/auth/refresh/").header("X-Forwarded-For", address)
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("refresh", token)).exchange();
    }
}
