package org.readtrack.accounts;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.readtrack.support.CatalogApiTest;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.util.UriComponentsBuilder;

import static java.time.temporal.ChronoUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The way back in when reset by mail is off (as here: no mail server): an administrator makes a reset link
 * and gives it to the account's owner, who sets a new password with it on the reset page.
 */
@TestPropertySource(properties = "readtrack.public.url=https://books.example.org/readtrack/")
class PasswordResetLinkTest extends CatalogApiTest {

    private static final String NEW_PASSWORD = "Another-Passphrase-77";

    @Test
    void theLinkSetsANewPasswordOnceAndEndsEverySession() {
        Session root = admin("root");
        Session alice = user("alice");

        Reply made = post(root, "/api/users/{id}/password-reset/", null, alice.id()).expect(201);
        assertThat(made.string("url")).startsWith("https://books.example.org/readtrack/reset-password?token=");
        assertThat(made.instant("expires_at")).isCloseTo(clock.instant().plus(Duration.ofDays(1)), within(1, SECONDS));
        String token = tokenOf(made);

        confirm(token, NEW_PASSWORD).expect(204);

        loginWith("alice", NEW_PASSWORD).expect(200);
        loginWith("alice", PASSWORD).expectProblem(401);
        get(alice, "/api/auth/me/").expectProblem(401);
        confirm(token, "Third-Passphrase-99").expectInvalid("token");
    }

    @Test
    void theLinkLastsADay() {
        Session root = admin("root");
        Session alice = user("alice");
        String stale = tokenOf(post(root, "/api/users/{id}/password-reset/", null, alice.id()).expect(201));
        clock.advance(Duration.ofDays(1).plusMinutes(1));
        confirm(stale, NEW_PASSWORD).expectInvalid("token");

        String fresh = tokenOf(post(root, "/api/users/{id}/password-reset/", null, alice.id()).expect(201));
        clock.advance(Duration.ofHours(23).plusMinutes(59));
        confirm(fresh, NEW_PASSWORD).expect(204);
        loginWith("alice", NEW_PASSWORD).expect(200);
    }

    @Test
    void aPasswordChangedMeanwhileVoidsTheLink() {
        Session root = admin("root");
        Session alice = user("alice");
        String token = tokenOf(post(root, "/api/users/{id}/password-reset/", null, alice.id()).expect(201));

        post(alice, "/api/auth/password/", Map.of("old_password", PASSWORD, "new_password", NEW_PASSWORD))
                .expect(204);

        confirm(token, "Third-Passphrase-99").expectInvalid("token");
    }

    @Test
    void onlyAdministratorsMakeLinksForAccountsThatCanSignIn() {
        Session root = admin("root");
        Session alice = user("alice");
        Session bob = user("bob");

        post(bob, "/api/users/{id}/password-reset/", null, alice.id()).expectProblem(403);
        post(null, "/api/users/{id}/password-reset/", null, alice.id()).expectProblem(401);
        post(root, "/api/users/{id}/password-reset/", null, 999_999).expectProblem(404);
        patch(root, "/api/users/{id}/", Map.of("is_active", false), alice.id()).expect(200);
        Reply blocked = post(root, "/api/users/{id}/password-reset/", null, alice.id()).expectProblem(409);
        assertThat(blocked.string("detail")).isEqualTo(PasswordResets.BLOCKED);
        assertThat(jdbc.queryForObject("select count(*) from password_reset_tokens", Integer.class)).isZero();
    }

    private static String tokenOf(Reply made) {
        return UriComponentsBuilder.fromUri(URI.create(made.string("url"))).build().getQueryParams()
                .getFirst("token");
    }

    private Reply confirm(String token, String newPassword) {
        return post(null, "/api/auth/password/reset/confirm/", Map.of("token", token, "new_password", newPassword));
    }

    private Reply loginWith(String username, String password) {
        return call(HttpMethod.POST, null, "/api/auth/login/", Map.of("username", username, "password", password));
    }
}
