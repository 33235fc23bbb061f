package org.readtrack.accounts;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.readtrack.security.Role;
import org.readtrack.support.CatalogApiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code READTRACK_REGISTRATION=closed}: nobody registers through the API, not even with an invitation. */
@TestPropertySource(properties = "readtrack.registration.mode=CLOSED")
class ClosedRegistrationTest extends CatalogApiTest {

    @Autowired
    private Accounts accounts;

    @Test
    void registrationIsForbiddenEvenWithAnInvitation() {
        Session admin = administrator("root");
        String token = post(admin, "/api/invitations/", null).expect(201).string("token");

        Reply refused = post(null, "/api/auth/register/", Map.of("username", "alice", "email", "alice@example.org",
                "password", PASSWORD, "invitation", token)).expectProblem(403);

        assertThat(refused.string("detail")).isEqualTo(RegistrationPolicy.CLOSED);
        post(null, "/api/auth/register/", Map.of()).expectProblem(403);
        // the page an invitation's link opens is told so too, rather than that the invitation is fine
        assertThat(post(null, "/api/auth/register/check/", Map.of("invitation", token)).expectProblem(403)
                .string("detail")).isEqualTo(RegistrationPolicy.CLOSED);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM users", Long.class)).isOne();
        assertThat(get(admin, "/api/invitations/").expect(200).results("used_at")).containsOnlyNulls();
    }

    @Test
    void theConfigurationSaysRegistrationIsClosed() {
        assertThat(get(null, "/api/config/").expect(200).string("registration")).isEqualTo("closed");
    }

    /** Registration through the API is not open here: the account is made as the command line makes it. */
    private Session administrator(String username) {
        Account account = accounts.register(new RegisterRequest(username, username + "@example.org", PASSWORD, "", ""),
                Role.ADMIN);
        return login(username, account.id());
    }
}
