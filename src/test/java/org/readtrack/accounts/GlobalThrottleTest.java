package org.readtrack.accounts;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.readtrack.security.Role;
import org.readtrack.support.ApiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readtrack.support.ProblemResponses.expectProblem;

/**
 * The budgets of all clients together, each test spending one action's: every request from an address of
 * its own, as from a crowd. Accounts and tokens are made behind the endpoints' backs, so that making them
 * spends no budget.
 */
@TestPropertySource(properties = {
        "readtrack.throttle.login-global=3/1m",
        "readtrack.throttle.register-global=2/1m",
        "readtrack.throttle.refresh-global=3/1m",
        "readtrack.throttle.password-change-global=2/1m"})
class GlobalThrottleTest extends ApiTest {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();
    private static final String WRONG = "Wrong-Passphrase-42";

    @Autowired
    private Accounts accounts;

    @Autowired
    private Tokens tokens;

    @Test
    void loginsOfACrowdAreLimitedTogether() {
        Account reader = account("crowd_login");
        for (int i = 0; i < 3; i++) {
            post("/api/auth/login/", null, Map.of("username", "nobody" + i, "password", WRONG))
                    .expectStatus().isUnauthorized();
        }

        expectTooManyRequests(post("/api/auth/login/", null,
                Map.of("username", reader.username(), "password", PASSWORD)));
    }

    @Test
    void registrationsOfACrowdAreLimitedTogether() {
        for (String name : new String[] {"crowd_one", "crowd_two"}) {
            post("/api/auth/register/", null, Map.of("username", name, "email", name + "@example.org",
                    "password", PASSWORD)).expectStatus().isCreated();
        }

        expectTooManyRequests(post("/api/auth/register/", null, Map.of("username", "crowd_three",
                "email", "crowd_three@example.org", "password", PASSWORD)));

        assertThat(jdbc.queryForObject("SELECT count(*) FROM users", Long.class)).isEqualTo(2);
    }

    @Test
    void refreshesOfACrowdAreLimitedTogether() {
        for (int i = 0; i < 3; i++) {
            String refresh = tokens.issue(account("crowd_refresh" + i)).refresh();
            post("/api/auth/refresh/", null, Map.of("refresh", refresh)).expectStatus().isOk();
        }
        String refresh = tokens.issue(account("crowd_refresh_last")).refresh();

        expectTooManyRequests(post("/api/auth/refresh/", null, Map.of("refresh", refresh)));
    }

    @Test
    void passwordChangesOfManyAccountsAreLimitedTogether() {
        for (int i = 0; i < 2; i++) {
            String access = tokens.issue(account("crowd_change" + i)).access();
            post("/api/auth/password/", access, Map.of("old_password", WRONG, "new_password", WRONG))
                    .expectStatus().isBadRequest();
        }
        String access = tokens.issue(account("crowd_change_last")).access();

        expectTooManyRequests(post("/api/auth/password/", access,
                Map.of("old_password", PASSWORD, "new_password", "Another-Passphrase-77")));
    }

    private Account account(String username) {
        return accounts.register(new RegisterRequest(username, username + "@example.org", PASSWORD, "", ""),
                Role.USER);
    }

    /** From an address no other request uses. */
    private RestTestClient.ResponseSpec post(String path, String access, Map<String, String> body) {
        int n = ADDRESSES.incrementAndGet();
        RestTestClient.RequestBodySpec request = http.post().uri(path)
                .header("X-Forwarded-For", "198.19." + (n / 250) + "." + (n % 250 + 1))
                .contentType(MediaType.APPLICATION_JSON);
        if (access != null) {
            request.header("Authorization", "Bearer " + access);
        }
        return request.body(body).exchange();
    }

    private static void expectTooManyRequests(RestTestClient.ResponseSpec response) {
        expectProblem(response.expectStatus().isEqualTo(429).expectHeader().exists("Retry-After"), 429);
    }
}
