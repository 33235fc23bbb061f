package org.readtrack.accounts;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.readtrack.security.DeviceCookie;
import org.readtrack.support.ApiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.readtrack.support.ProblemResponses.expectInvalid;
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
        "readtrack.throttle.refresh-per-user=4/1m",
        "readtrack.throttle.password-change-per-address=3/1m",
        "readtrack.throttle.password-change-per-account=2/1m"})
@ExtendWith(OutputCaptureExtension.class)
class ThrottlingTest extends ApiTest {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();
    private static final String WRONG = "Wrong-Passphrase-42";
    private static final String NEW_PASSWORD = "Another-Passphrase-77";

    @Autowired
    private AuthThrottle throttle;

    @Test
    void overlongUsernameIsRefusedAsInvalidAndNothingIsKeptForIt() {
        // each U+FDFA folds to 18 characters: this name (900 kB of UTF-8) once folded to 5.4 million, kept
        // for an hour; the budget per username is 2
        String username = "\uFDFA".repeat(300_000);
        long before = throttle.trackedBytes();

        for (int i = 0; i < 4; i++) {
            expectInvalid(http.post().uri("/api/auth/register/").header("X-Forwarded-For", newAddress())
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("username", username, "email", "fdfa@example.org", "password", PASSWORD))
                    .exchange(), "username")
                    .jsonPath("$.errors.username[0]").isEqualTo("Ensure this field has no more than 150 characters.");
        }

        // buckets of other tests may expire meanwhile, none may appear
        assertThat(throttle.trackedBytes()).isLessThanOrEqualTo(before);
    }

    @Test
    void ipv6ClientsAreThrottledByTheirSlash64() {
        String network = "2001:db8:" + Integer.toHexString(ADDRESSES.incrementAndGet()) + ":";
        String username = newUser();
        for (int i = 1; i <= 3; i++) {
            login(network + "1::" + i, username, WRONG).expectStatus().isUnauthorized();
        }

        expectTooManyRequests(login(network + "1:" + "ffff:ffff:ffff:ffff", username, PASSWORD));

        login(network + "2::1", username, PASSWORD).expectStatus().isOk();
    }

    @Test
    void passwordChangesOfOneAccountAreLimitedAcrossAddresses() {
        String access = tokens(newAddress(), newUser()).get("access");
        changePassword(newAddress(), access, WRONG).expectStatus().isBadRequest();
        changePassword(newAddress(), access, WRONG).expectStatus().isBadRequest();

        expectTooManyRequests(changePassword(newAddress(), access, PASSWORD));
    }

    @Test
    void emailChangesCheckThePasswordWithinTheSameBudget() {
        String access = tokens(newAddress(), newUser()).get("access");
        changeEmail(newAddress(), access, WRONG).expectStatus().isBadRequest();
        changeEmail(newAddress(), access, WRONG).expectStatus().isBadRequest();

        expectTooManyRequests(changeEmail(newAddress(), access, PASSWORD));
        // names need no password, and no budget
        http.patch().uri("/api/auth/me/").header("X-Forwarded-For", newAddress())
                .header("Authorization", "Bearer " + access).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("first_name", "Ada")).exchange().expectStatus().isOk();
    }

    @Test
    void passwordChangesFromOneAddressAreLimitedAcrossAccounts() {
        String address = newAddress();
        for (int i = 0; i < 3; i++) {
            String access = tokens(newAddress(), newUser()).get("access");
            changePassword(address, access, WRONG).expectStatus().isBadRequest();
        }
        String access = tokens(newAddress(), newUser()).get("access");

        expectTooManyRequests(changePassword(address, access, PASSWORD));

        changePassword(newAddress(), access, PASSWORD).expectStatus().isNoContent();
    }

    @Test
    void throttledAttemptsAreLoggedAsSecurityEvents(CapturedOutput output) {
        String address = newAddress();
        String username = newUser();
        for (int i = 0; i < 3; i++) {
            login(address, username, WRONG).expectStatus().isUnauthorized();
        }
        expectTooManyRequests(login(address, username, PASSWORD));

        Map<String, String> tokens = tokens(newAddress(), username);
        long id = jdbc.queryForObject("SELECT id FROM users WHERE username = ?", Long.class, username);
        changePassword(newAddress(), tokens.get("access"), WRONG).expectStatus().isBadRequest();
        changePassword(newAddress(), tokens.get("access"), WRONG).expectStatus().isBadRequest();
        String third = newAddress();
        expectTooManyRequests(changePassword(third, tokens.get("access"), PASSWORD));

        String registrant = newAddress();
        register(registrant, newName()).expectStatus().isCreated();
        register(registrant, newName()).expectStatus().isCreated();
        expectTooManyRequests(register(registrant, newName()));

        String refresher = newAddress();
        for (int i = 0; i < 3; i++) {
            refresh(refresher, "not-a-token").expectStatus().isUnauthorized();
        }
        expectTooManyRequests(refresh(refresher, tokens.get("refresh")));

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(output.getOut())
                .contains("event=throttled action=login budget=address address=" + address + " user=-")
                .contains("event=throttled action=password_change budget=account address=" + third + " user=" + id)
                .contains("event=throttled action=registration budget=address address=" + registrant + " user=-")
                .contains("event=throttled action=refresh budget=address address=" + refresher + " user=-"));
        assertThat(output.getAll()).doesNotContain(PASSWORD).doesNotContain(WRONG)
                .doesNotContain(tokens.get("refresh"));
    }

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
    void theOwnersKnownBrowserStillSignsInWhileLoginsFailElsewhere() {
        String username = newUser();
        String device = deviceCookie(login(newAddress(), username, PASSWORD));
        for (int i = 0; i < 4; i++) {
            login(newAddress(), username, WRONG).expectStatus().isUnauthorized();
        }
        expectTooManyRequests(login(newAddress(), username, PASSWORD));

        login(newAddress(), username, PASSWORD, device).expectStatus().isOk();
        // the browser's own budget, apart from the account's
        for (int i = 0; i < 4; i++) {
            login(newAddress(), username, WRONG, device).expectStatus().isUnauthorized();
        }
        expectTooManyRequests(login(newAddress(), username, PASSWORD, device));
        // the cookie is no token
        http.get().uri("/api/auth/me/").header("Authorization", "Bearer " + device).exchange().expectStatus()
                .isUnauthorized();
    }

    @Test
    void changingThePasswordForgetsTheBrowsersKnownUntilThen() {
        String username = newUser();
        Map<String, Object> first = login(newAddress(), username, PASSWORD).expectStatus().isOk()
                .expectBody(JSON_OBJECT).returnResult().getResponseBody();
        String before = deviceCookie(login(newAddress(), username, PASSWORD));
        changePassword(newAddress(), (String) first.get("access"), PASSWORD).expectStatus().isNoContent();
        String after = deviceCookie(login(newAddress(), username, NEW_PASSWORD));
        // three logins of the five the account may make in a minute are spent
        login(newAddress(), username, WRONG).expectStatus().isUnauthorized();
        login(newAddress(), username, WRONG).expectStatus().isUnauthorized();
        expectTooManyRequests(login(newAddress(), username, NEW_PASSWORD));

        // whoever held the old cookie shares the account's spent budget; the browser signed in since keeps its own
        expectTooManyRequests(login(newAddress(), username, NEW_PASSWORD, before));
        login(newAddress(), username, NEW_PASSWORD, after).expectStatus().isOk();
    }

    @Test
    void aBrowserKnownToAnotherAccountOrAForgedOneGetsNoBudgetOfItsOwn() {
        String victim = newUser();
        String attacker = newUser();
        String attackersDevice = deviceCookie(login(newAddress(), attacker, PASSWORD));
        for (int i = 0; i < 5; i++) {
            login(newAddress(), victim, WRONG).expectStatus().isUnauthorized();
        }

        expectTooManyRequests(login(newAddress(), victim, PASSWORD, attackersDevice));
        String[] parts = attackersDevice.split("\\.");
        String forged = parts[0] + "." + parts[1].substring(0, parts[1].length() - 2) + "AA." + parts[2];
        expectTooManyRequests(login(newAddress(), victim, PASSWORD, forged));
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

    /** A login from a browser that sends back the device cookie a login gave it. */
    private RestTestClient.ResponseSpec login(String address, String username, String password, String device) {
        return http.post().uri("/api/auth/login/").header("X-Forwarded-For", address)
                .cookie(DeviceCookie.NAME, device).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("username", username, "password", password)).exchange();
    }

    /** The device cookie a successful login sets: HttpOnly, for the login endpoint only. */
    private static String deviceCookie(RestTestClient.ResponseSpec login) {
        ResponseCookie cookie = login.expectStatus().isOk().returnResult(Void.class).getResponseCookies()
                .getFirst(DeviceCookie.NAME);
        assertThat(cookie).isNotNull();
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(cookie.getPath()).isEqualTo("/api/auth/login");
        return cookie.getValue();
    }

    private RestTestClient.ResponseSpec register(String address, String username) {
        return http.post().uri("/api/auth/register/").header("X-Forwarded-For", address)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("username", username, "email", username + "@example.org", "password", PASSWORD))
                .exchange();
    }

    private RestTestClient.ResponseSpec changePassword(String address, String access, String oldPassword) {
        return http.post().uri("/api/auth/password/").header("X-Forwarded-For", address)
                .header("Authorization", "Bearer " + access).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("old_password", oldPassword, "new_password", NEW_PASSWORD)).exchange();
    }

    private RestTestClient.ResponseSpec changeEmail(String address, String access, String currentPassword) {
        return http.patch().uri("/api/auth/me/").header("X-Forwarded-For", address)
                .header("Authorization", "Bearer " + access).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("email", "moved" + ADDRESSES.incrementAndGet() + "@example.org",
                        "current_password", currentPassword)).exchange();
    }

    private RestTestClient.ResponseSpec refresh(String address, String token) {
        return http.post().uri("/api/auth/refresh/").header("X-Forwarded-For", address)
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("refresh", token)).exchange();
    }
}
