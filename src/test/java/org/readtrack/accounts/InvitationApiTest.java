package org.readtrack.accounts;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.readtrack.support.CatalogApiTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Invitations as administrators manage them, on a server with the defaults: registration open, no mail server.
 * Registration with invitations is {@link InviteOnlyRegistrationTest}'s.
 */
class InvitationApiTest extends CatalogApiTest {

    @Test
    void anInvitationIsCreatedWithItsTokenAndLinkShownOnce() {
        Session admin = admin("root");
        Instant before = clock.instant();

        Reply created = post(admin, "/api/invitations/", Map.of("email", " Friend@Example.org ")).expect(201);

        assertThat(created.json()).containsOnlyKeys("id", "token", "url", "email", "expires_at", "used_at", "revoked");
        String token = created.string("token");
        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        assertThat(created.string("url")).isEqualTo("http://localhost:8000/register?invitation=" + token);
        assertThat(created.string("email")).isEqualTo("Friend@Example.org");
        assertThat(created.instant("expires_at")).isCloseTo(before.plus(Duration.ofDays(7)), within(Duration.ofMinutes(1)));
        assertThat(created.get("used_at")).isNull();
        assertThat(created.get("revoked")).isEqualTo(false);
        assertThat(jdbc.queryForList("SELECT token_hash FROM invitations", String.class))
                .containsExactly(SecretTokens.digest(token));

        Map<String, Object> listed = get(admin, "/api/invitations/").expect(200).results().get(0);
        assertThat(listed).containsEntry("id", (int) created.id()).containsEntry("token", null)
                .containsEntry("url", null).containsEntry("email", "Friend@Example.org");
    }

    @Test
    void noBodyAtAllIsAnInvitationForAnyoneWithTheDefaults() {
        Session admin = admin("root");

        Reply created = post(admin, "/api/invitations/", null).expect(201);

        assertThat(created.get("email")).isNull();
        assertThat(created.instant("expires_at")).isCloseTo(clock.instant().plus(Duration.ofDays(7)),
                within(Duration.ofMinutes(1)));
    }

    @Test
    void theLifetimeIsOneToNinetyDays() {
        Session admin = admin("root");

        assertThat(post(admin, "/api/invitations/", Map.of("expires_in_days", 90)).expect(201).instant("expires_at"))
                .isCloseTo(clock.instant().plus(Duration.ofDays(90)), within(Duration.ofMinutes(1)));
        for (Object days : List.of(0, -1, 91, 100000)) {
            post(admin, "/api/invitations/", Map.of("expires_in_days", days)).expectInvalid("expires_in_days");
        }
        post(admin, "/api/invitations/", Map.of("expires_in_days", "soon")).expectInvalid("expires_in_days");
        post(admin, "/api/invitations/", Map.of("email", "not an address")).expectInvalid("email");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM invitations", Long.class)).isOne();
    }

    @Test
    void anInvitationForAnAddressThatHasAnAccountIsAConflict() {
        Session admin = admin("root");
        register("alice");

        post(admin, "/api/invitations/", Map.of("email", "ALICE@example.org")).expectConflictOn("email");
    }

    @Test
    void theListIsPagedNewestFirst() {
        Session admin = admin("root");
        for (int i = 1; i <= 3; i++) {
            post(admin, "/api/invitations/", Map.of("email", "friend" + i + "@example.org")).expect(201);
        }

        Reply page = get(admin, "/api/invitations/?page_size=2").expect(200);

        assertThat(page.number("count")).isEqualTo(3);
        assertThat(page.results("email")).containsExactly("friend3@example.org", "friend2@example.org");
        assertThat(page.string("next")).contains("page=2");
        assertThat(get(admin, "/api/invitations/?page=2&page_size=2").expect(200).results("email"))
                .containsExactly("friend1@example.org");
    }

    @Test
    void revokingIsIdempotentAndShowsInTheList() {
        Session admin = admin("root");
        long id = post(admin, "/api/invitations/", null).expect(201).id();

        delete(admin, "/api/invitations/{id}/", id).expect(204);
        delete(admin, "/api/invitations/{id}/", id).expect(204);

        assertThat(get(admin, "/api/invitations/").expect(200).results("revoked")).containsExactly(true);
        delete(admin, "/api/invitations/{id}/", id + 1).expectProblem(404);
    }

    @Test
    void onlyAdministratorsManageInvitations() {
        Session admin = admin("root");
        long id = post(admin, "/api/invitations/", null).expect(201).id();
        Session alice = user("alice");

        post(alice, "/api/invitations/", null).expectProblem(403);
        get(alice, "/api/invitations/").expectProblem(403);
        delete(alice, "/api/invitations/{id}/", id).expectProblem(403);
        post(null, "/api/invitations/", null).expectProblem(401);
        get(null, "/api/invitations/").expectProblem(401);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM invitations WHERE revoked_at IS NULL", Long.class))
                .isOne();
    }

    @Test
    void openRegistrationIgnoresInvitations() {
        register("alice");
        Reply created = post(null, "/api/auth/register/", Map.of("username", "bob", "email", "bob@example.org",
                "password", PASSWORD, "invitation", "whatever")).expect(201);

        assertThat(created.string("username")).isEqualTo("bob");
    }

    @Test
    void theConfigurationSaysRegistrationIsOpenAndResetByMailOff() {
        assertThat(get(null, "/api/config").expect(200).json())
                .isEqualTo(Map.of("registration", "open", "password_reset", false));
    }

    @Test
    void withoutAMailServerAskingForAResetMailIsAcceptedAsAlwaysAndSendsNothing() {
        register("alice");

        post(null, "/api/auth/password/reset/", Map.of("email", "alice@example.org")).expect(202);
        post(null, "/api/auth/password/reset/", Map.of()).expectInvalid("email");
        // a link an administrator made still sets a password: PasswordResetLinkTest
        post(null, "/api/auth/password/reset/confirm/", Map.of("token", "x", "new_password", "Another-Passphrase-77"))
                .expectInvalid("token");
    }
}
