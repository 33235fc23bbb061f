package org.readtrack.accounts;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.readtrack.support.ApiTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readtrack.support.ProblemResponses.expectInvalid;
import static org.readtrack.support.ProblemResponses.expectUnauthorized;

class PasswordChangeTest extends ApiTest {

    private static final String NEW_PASSWORD = "Another-Passphrase-77";

    @Test
    void changedPasswordIsTheOneThatLogsIn() {
        Session alice = user("alice");

        changePassword(alice, PASSWORD, NEW_PASSWORD).expectStatus().isNoContent().expectBody().isEmpty();

        login("alice", NEW_PASSWORD).expectStatus().isOk();
        expectUnauthorized(login("alice", PASSWORD));
    }

    @Test
    void passwordChangeRevokesEveryRefreshTokenOfTheAccount() {
        long id = register("alice");
        Session laptop = login("alice", id);
        Session phone = login("alice", id);

        changePassword(laptop, PASSWORD, NEW_PASSWORD).expectStatus().isNoContent();

        expectUnauthorized(refresh(laptop.refresh()));
        expectUnauthorized(refresh(phone.refresh()));
    }

    @Test
    void passwordChangeLeavesOtherAccountsLoggedIn() {
        Session alice = user("alice");
        Session bob = user("bob");

        changePassword(alice, PASSWORD, NEW_PASSWORD).expectStatus().isNoContent();

        refresh(bob.refresh()).expectStatus().isOk();
    }

    @Test
    void refreshTokensIssuedAfterTheChangeWork() {
        Session alice = user("alice");
        changePassword(alice, PASSWORD, NEW_PASSWORD).expectStatus().isNoContent();

        Map<String, Object> tokens = login("alice", NEW_PASSWORD).expectStatus().isOk()
                .expectBody(JSON_OBJECT).returnResult().getResponseBody();

        refresh((String) tokens.get("refresh")).expectStatus().isOk();
    }

    @Test
    void wrongOldPasswordIsRefusedAndChangesNothing() {
        Session alice = user("alice");

        expectInvalid(changePassword(alice, "Wrong-Passphrase-42", NEW_PASSWORD), "old_password")
                .jsonPath("$.errors.new_password").doesNotExist();

        login("alice", PASSWORD).expectStatus().isOk();
        refresh(alice.refresh()).expectStatus().isOk();
    }

    @Test
    void emptyPasswordsAreRefusedOnEachFieldBeforeTheOldOneIsChecked() {
        Session alice = user("alice");

        expectInvalid(changePassword(alice, "", ""), "old_password")
                .jsonPath("$.errors.old_password[0]").isEqualTo("This field may not be blank.")
                .jsonPath("$.errors.new_password[0]").isEqualTo("This field may not be blank.");

        login("alice", PASSWORD).expectStatus().isOk();
    }

    @Test
    void weakNewPasswordIsRefusedAndChangesNothing() {
        Session alice = user("alice");

        expectInvalid(changePassword(alice, PASSWORD, "password123"), "new_password")
                .jsonPath("$.errors.old_password").doesNotExist();
        expectInvalid(changePassword(alice, PASSWORD, "short"), "new_password");
        expectInvalid(changePassword(alice, PASSWORD, "98765432101"), "new_password");

        login("alice", PASSWORD).expectStatus().isOk();
        refresh(alice.refresh()).expectStatus().isOk();
    }

    @Test
    void newPasswordTooSimilarToTheAccountIsRefused() {
        Session margaretha = user("margaretha");

        expectInvalid(changePassword(margaretha, PASSWORD, "Margaretha1"), "new_password")
                .jsonPath("$.errors.new_password").value(messages ->
                        assertThat(messages.toString()).contains("too similar to the username"));
    }

    @Test
    void passwordsOverTheInputCapAreRefusedBeforeTheOldOneIsChecked() {
        Session alice = user("alice");
        String tooLong = "Kq7#mZ2!vR9$wT4%".repeat(64) + "x";

        expectInvalid(changePassword(alice, tooLong, NEW_PASSWORD), "old_password")
                .jsonPath("$.errors.old_password[0]").isEqualTo("Ensure this field has no more than 1024 characters.")
                .jsonPath("$.errors.new_password").doesNotExist();
        expectInvalid(changePassword(alice, PASSWORD, tooLong), "new_password")
                .jsonPath("$.errors.new_password[0]").isEqualTo("Ensure this field has no more than 1024 characters.")
                .jsonPath("$.errors.old_password").doesNotExist();

        login("alice", PASSWORD).expectStatus().isOk();
    }

    @Test
    void bothPasswordsAreRequired() {
        Session alice = user("alice");

        expectInvalid(http.post().uri("/api/auth/password/").header("Authorization", alice.bearer())
                .contentType(MediaType.APPLICATION_JSON).body(Map.of()).exchange(), "old_password", "new_password");
    }

    @Test
    void passwordChangeNeedsAnAccessToken() {
        expectUnauthorized(http.post().uri("/api/auth/password/").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("old_password", PASSWORD, "new_password", NEW_PASSWORD)).exchange());
    }

    private RestTestClient.ResponseSpec changePassword(Session session, String oldPassword, String newPassword) {
        return http.post().uri("/api/auth/password/").header("Authorization", session.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("old_password", oldPassword, "new_password", newPassword))
                .exchange();
    }

    private RestTestClient.ResponseSpec login(String username, String password) {
        return http.post().uri("/api/auth/login/").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("username", username, "password", password)).exchange();
    }

    private RestTestClient.ResponseSpec refresh(String token) {
        return http.post().uri("/api/auth/refresh/").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("refresh", token)).exchange();
    }
}
