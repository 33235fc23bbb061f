package org.readtrack.accounts;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.readtrack.support.ApiTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readtrack.support.ProblemResponses.expectInvalid;
import static org.readtrack.support.ProblemResponses.expectTaken;
import static org.readtrack.support.ProblemResponses.expectUnauthorized;

class ProfileTest extends ApiTest {

    @Test
    void meAnswersWithExactlyTheContractFields() {
        Session alice = user("alice");

        Map<String, Object> me = http.get().uri("/api/auth/me/").header("Authorization", alice.bearer())
                .exchange()
                .expectStatus().isOk()
                .expectHeader().contentType(MediaType.APPLICATION_JSON)
                .expectBody(JSON_OBJECT).returnResult().getResponseBody();

        assertThat(me).containsOnlyKeys("id", "username", "email", "first_name", "last_name", "role", "date_joined",
                        "bio", "avatar", "preferences", "profile_public")
                .containsEntry("id", (int) alice.id())
                .containsEntry("username", "alice")
                .containsEntry("email", "alice@example.org")
                .containsEntry("first_name", "")
                .containsEntry("last_name", "")
                .containsEntry("role", "user");
        assertThat((String) me.get("date_joined")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z");
    }

    @Test
    void meShowsTheAdminRoleToAdministrators() {
        Session root = admin("root");

        http.get().uri("/api/auth/me").header("Authorization", root.bearer()).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.role").isEqualTo("admin");
    }

    @Test
    void meWithoutTokenIsUnauthorized() {
        expectUnauthorized(http.get().uri("/api/auth/me/").exchange())
                .jsonPath("$.instance").value(String.class, v -> assertThat(v).startsWith("/api/auth/me"));
    }

    @Test
    void patchMeWithoutTokenIsUnauthorized() {
        expectUnauthorized(http.patch().uri("/api/auth/me/").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("first_name", "Eve")).exchange());
    }

    @Test
    void patchUpdatesNamesAndKeepsOtherFields() {
        Session alice = user("alice");

        patchMe(alice, Map.of("first_name", "Alice", "last_name", "Liddell"))
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.first_name").isEqualTo("Alice")
                .jsonPath("$.last_name").isEqualTo("Liddell")
                .jsonPath("$.email").isEqualTo("alice@example.org");

        http.get().uri("/api/auth/me/").header("Authorization", alice.bearer()).exchange()
                .expectBody()
                .jsonPath("$.first_name").isEqualTo("Alice")
                .jsonPath("$.last_name").isEqualTo("Liddell");
    }

    @Test
    void patchOfOneNameLeavesTheOtherAlone() {
        Session alice = user("alice");
        patchMe(alice, Map.of("first_name", "Alice", "last_name", "Liddell")).expectStatus().isOk();

        patchMe(alice, Map.of("last_name", "Pleasance")).expectStatus().isOk()
                .expectBody()
                .jsonPath("$.first_name").isEqualTo("Alice")
                .jsonPath("$.last_name").isEqualTo("Pleasance");
    }

    @Test
    void namesCanBeClearedWithEmptyStrings() {
        Session alice = user("alice");
        patchMe(alice, Map.of("first_name", "Alice")).expectStatus().isOk();

        patchMe(alice, Map.of("first_name", "")).expectStatus().isOk()
                .expectBody().jsonPath("$.first_name").isEqualTo("");
    }

    @Test
    void nameOver150CharactersIsRefused() {
        Session alice = user("alice");

        expectInvalid(patchMe(alice, Map.of("first_name", "A".repeat(151))), "first_name");
    }

    @Test
    void emailChangeIsSavedAndUsableForLogin() {
        Session alice = user("alice");

        patchMe(alice, Map.of("email", "liddell@example.net", "current_password", PASSWORD)).expectStatus().isOk()
                .expectBody().jsonPath("$.email").isEqualTo("liddell@example.net");

        http.post().uri("/api/auth/login/").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("username", "LIDDELL@example.net", "password", PASSWORD))
                .exchange()
                .expectStatus().isOk();
    }

    @Test
    void newEmailNeedsTheCurrentPassword() {
        Session alice = user("alice");

        expectInvalid(patchMe(alice, Map.of("email", "mallory@example.net")), "current_password")
                .jsonPath("$.errors.current_password[0]")
                .isEqualTo("Enter your current password to change your email address.");
        expectInvalid(patchMe(alice, Map.of("email", "mallory@example.net", "current_password", "")),
                "current_password");
        expectInvalid(patchMe(alice, Map.of("email", "mallory@example.net", "first_name", "Mallory",
                "current_password", "Wrong-Passphrase-42")), "current_password")
                .jsonPath("$.errors.current_password[0]")
                .isEqualTo("Your password was entered incorrectly. Please enter it again.");

        assertThat(jdbc.queryForMap("SELECT email, first_name FROM users WHERE id = ?", alice.id()))
                .containsEntry("email", "alice@example.org")
                .containsEntry("first_name", "");
    }

    @Test
    void currentPasswordOver1024CharactersIsRefusedBeforeAnyHashing() {
        Session alice = user("alice");

        expectInvalid(patchMe(alice, Map.of("email", "liddell@example.net", "current_password", "x".repeat(1025))),
                "current_password")
                .jsonPath("$.errors.current_password[0]")
                .isEqualTo("Ensure this field has no more than 1024 characters.");
    }

    @Test
    void theSchemaDocumentsTheCurrentPassword() {
        http.get().uri("/api/schema").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.components.schemas.ProfileUpdate.properties.current_password.maxLength").isEqualTo(1024)
                .jsonPath("$.components.schemas.ProfileUpdate.properties.current_password.writeOnly").isEqualTo(true)
                .jsonPath("$.components.schemas.ProfileUpdate.properties.current_password.description").value(String.class,
                        description -> assertThat(description).contains("email"));
    }

    @Test
    void namesChangeWithoutThePassword() {
        Session alice = user("alice");

        patchMe(alice, Map.of("first_name", "Alice", "last_name", "Liddell")).expectStatus().isOk()
                .expectBody().jsonPath("$.first_name").isEqualTo("Alice");
    }

    @Test
    void administratorChangesAnEmailWithoutAPassword() {
        Session root = admin("root");
        Session alice = user("alice");

        http.patch().uri("/api/users/{id}/", alice.id()).header("Authorization", root.bearer())
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("email", "liddell@example.net")).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.email").isEqualTo("liddell@example.net");
    }

    @Test
    void ownEmailInAnotherCaseIsNotAConflict() {
        Session alice = user("alice");

        patchMe(alice, Map.of("email", "Alice@Example.org")).expectStatus().isOk()
                .expectBody().jsonPath("$.email").isEqualTo("Alice@Example.org");
    }

    @Test
    void emailOfAnotherAccountInAnyCaseIsRefused() {
        register("bob");
        Session alice = user("alice");

        expectTaken(patchMe(alice, Map.of("email", "BOB@example.ORG", "current_password", PASSWORD)), "email")
                .jsonPath("$.errors.email[0]").isEqualTo("A user with that email already exists.");
        assertThat(jdbc.queryForObject("SELECT email FROM users WHERE id = ?", String.class, alice.id()))
                .isEqualTo("alice@example.org");
    }

    /** Login takes a username or an email address: one account's email must not be another's username. */
    @Test
    void emailThatIsAnotherAccountsUsernameIsRefused() {
        http.post().uri("/api/auth/register/").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("username", "bob@example.net", "email", "bob@example.org", "password", PASSWORD))
                .exchange()
                .expectStatus().isCreated();
        Session alice = user("alice");

        expectTaken(patchMe(alice, Map.of("email", "Bob@Example.net", "current_password", PASSWORD)), "email");
    }

    @Test
    void emailMayBeTheAccountsOwnUsername() {
        http.post().uri("/api/auth/register/").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("username", "carol@example.net", "email", "carol@example.org", "password", PASSWORD))
                .exchange()
                .expectStatus().isCreated();
        Session carol = login("carol@example.net", jdbc.queryForObject(
                "SELECT id FROM users WHERE username = 'carol@example.net'", Long.class));

        patchMe(carol, Map.of("email", "Carol@Example.net", "current_password", PASSWORD)).expectStatus().isOk()
                .expectBody().jsonPath("$.email").isEqualTo("Carol@Example.net");
    }

    @Test
    void nullEmailIsRefused() {
        Session alice = user("alice");
        Map<String, Object> body = new HashMap<>();
        body.put("email", null);

        expectInvalid(patchMe(alice, body), "email")
                .jsonPath("$.errors.email[0]").isEqualTo("This field may not be null.");
    }

    @Test
    void nullNameIsRefused() {
        Session alice = user("alice");
        Map<String, Object> body = new HashMap<>();
        body.put("last_name", null);

        expectInvalid(patchMe(alice, body), "last_name");
    }

    @Test
    void invalidEmailIsRefused() {
        Session alice = user("alice");

        expectInvalid(patchMe(alice, Map.of("email", "not-an-email")), "email");
        expectInvalid(patchMe(alice, Map.of("email", "")), "email");
    }

    @Test
    void invalidFieldLeavesTheValidOnesUnsaved() {
        Session alice = user("alice");

        expectInvalid(patchMe(alice, Map.of("first_name", "Alice", "email", "not-an-email")), "email");

        assertThat(jdbc.queryForObject("SELECT first_name FROM users WHERE id = ?", String.class, alice.id()))
                .isEmpty();
    }

    @Test
    void patchCannotChangeUsernameRoleOrState() {
        Session alice = user("alice");

        patchMe(alice, Map.of("username", "root", "role", "admin", "is_active", false, "first_name", "Alice"))
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.username").isEqualTo("alice")
                .jsonPath("$.role").isEqualTo("user");

        assertThat(jdbc.queryForMap("SELECT username, role, active FROM users WHERE id = ?", alice.id()))
                .containsEntry("username", "alice")
                .containsEntry("role", "user");
        http.get().uri("/api/users/").header("Authorization", alice.bearer()).exchange()
                .expectStatus().isForbidden();
        http.get().uri("/api/auth/me/").header("Authorization", alice.bearer()).exchange()
                .expectStatus().isOk();
    }

    private RestTestClient.ResponseSpec patchMe(Session session, Map<String, ?> body) {
        return http.patch().uri("/api/auth/me/").header("Authorization", session.bearer())
                .contentType(MediaType.APPLICATION_JSON).body(body).exchange();
    }
}
