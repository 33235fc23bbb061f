package org.readtrack.accounts;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.readtrack.support.ApiTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readtrack.support.ProblemResponses.expectInvalid;
import static org.readtrack.support.ProblemResponses.expectUnauthorized;

class LoginTest extends ApiTest {

    @ParameterizedTest
    @ValueSource(strings = {"alice", "ALICE", "aLiCe", "  alice  "})
    void loginWithUsernameInAnyCaseReturnsTokens(String username) {
        register("alice");

        Map<String, Object> tokens = login(username, PASSWORD).expectStatus().isOk()
                .expectHeader().contentType(MediaType.APPLICATION_JSON)
                .expectBody(JSON_OBJECT).returnResult().getResponseBody();

        assertThat(tokens).containsOnlyKeys("access", "refresh");
        assertThat(meStatus((String) tokens.get("access"))).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"alice@example.org", "ALICE@EXAMPLE.ORG", "Alice@Example.org"})
    void loginWithEmailInAnyCaseReturnsTokens(String email) {
        register("alice");

        Map<String, Object> tokens = login(email, PASSWORD).expectStatus().isOk()
                .expectBody(JSON_OBJECT).returnResult().getResponseBody();

        assertThat(tokens).containsOnlyKeys("access", "refresh");
        assertThat(meStatus((String) tokens.get("access"))).isEqualTo(200);
    }

    @Test
    void eachLoginIssuesDistinctTokens() {
        long id = register("alice");

        Session first = login("alice", id);
        Session second = login("alice", id);

        assertThat(second.access()).isNotEqualTo(first.access());
        assertThat(second.refresh()).isNotEqualTo(first.refresh());
    }

    @Test
    void accessTokenCarriesTheContractClaims() throws Exception {
        long id = register("alice");
        Session session = login("alice", id);

        SignedJWT access = SignedJWT.parse(session.access());
        JWTClaimsSet claims = access.getJWTClaimsSet();

        assertThat(access.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.HS256);
        assertThat(claims.getSubject()).isEqualTo(Long.toString(id));
        assertThat(claims.getStringClaim("token_type")).isEqualTo("access");
        assertThat(claims.getStringClaim("role")).isEqualTo("user");
        assertThat(claims.getJWTID()).isNotBlank();
        assertThat(lifetime(claims)).isEqualTo(Duration.ofMinutes(30));
        assertThat(claims.getIssueTime()).isCloseTo(new Date(), 60_000);
    }

    @Test
    void refreshTokenCarriesTheContractClaims() throws Exception {
        long id = register("alice");
        Session session = login("alice", id);

        JWTClaimsSet claims = SignedJWT.parse(session.refresh()).getJWTClaimsSet();

        assertThat(claims.getSubject()).isEqualTo(Long.toString(id));
        assertThat(claims.getStringClaim("token_type")).isEqualTo("refresh");
        assertThat(claims.getStringClaim("role")).isEqualTo("user");
        assertThat(claims.getJWTID()).isNotBlank()
                .isNotEqualTo(SignedJWT.parse(session.access()).getJWTClaimsSet().getJWTID());
        assertThat(lifetime(claims)).isEqualTo(Duration.ofDays(1));
    }

    @Test
    void wrongPasswordUnknownUserAndInactiveUserGetTheSameAnswer() {
        Session admin = admin("root");
        register("alice");
        long inactive = register("sleeper");
        deactivate(admin, inactive);

        List<Map<String, Object>> answers = List.of(
                failedLogin("alice", "Wrong-Passphrase-42"),
                failedLogin("nobody", PASSWORD),
                failedLogin("nobody@example.org", PASSWORD),
                failedLogin("sleeper", PASSWORD));

        assertThat(answers).allSatisfy(answer -> assertThat(answer).isEqualTo(answers.get(0)));
        assertThat(answers.get(0)).containsEntry("status", 401)
                .containsEntry("detail", "No active account found with the given credentials.");
    }

    @Test
    void inactiveUserCannotLogInEvenWithTheRightPassword() {
        Session admin = admin("root");
        long id = register("alice");
        deactivate(admin, id);

        expectUnauthorized(login("alice", PASSWORD));
        expectUnauthorized(login("alice@example.org", PASSWORD));
    }

    @Test
    void passwordIsCaseSensitive() {
        register("alice");

        expectUnauthorized(login("alice", PASSWORD.toUpperCase()));
    }

    @Test
    void successfulLoginRecordsTheLastLogin() {
        Session admin = admin("root");
        long id = register("alice");
        http.get().uri("/api/users/{id}/", id).header("Authorization", admin.bearer()).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.last_login").isEmpty();

        login("alice", id);

        http.get().uri("/api/users/{id}/", id).header("Authorization", admin.bearer()).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.last_login").value(String.class, v -> assertThat(v).endsWith("Z"));
    }

    @Test
    void aHashMadeWithAnotherCostIsMadeAgainAtTheNextLogin() {
        long id = register("alice");
        String older = new PasswordHasher(new PasswordProperties(2048, 2, 1, 1)).hash(PASSWORD);
        jdbc.update("UPDATE users SET password_hash = ? WHERE id = ?", older, id);

        login("alice", PASSWORD).expectStatus().isOk();

        String current = jdbc.queryForObject("SELECT password_hash FROM users WHERE id = ?", String.class, id);
        assertThat(current).startsWith("$argon2id$v=19$m=1024,t=1,p=1$").isNotEqualTo(older);
        login("alice", PASSWORD).expectStatus().isOk();
        expectUnauthorized(login("alice", PASSWORD + "!"));
    }

    /** As the original service: blank fields are refused on the field, not taken for a wrong password. */
    @Test
    void blankCredentialsAreRefusedOnTheirFields() {
        register("alice");

        expectInvalid(login("", ""), "username", "password")
                .jsonPath("$.errors.username[0]").isEqualTo("This field may not be blank.")
                .jsonPath("$.errors.password[0]").isEqualTo("This field may not be blank.");
        expectInvalid(login("   ", PASSWORD), "username");
        // spaces are a password like any other: only a wrong one
        expectUnauthorized(login("alice", "   "));
    }

    @Test
    void missingCredentialsAreRequired() {
        expectInvalid(http.post().uri("/api/auth/login/").contentType(MediaType.APPLICATION_JSON).body(Map.of())
                .exchange(), "username", "password")
                .jsonPath("$.errors.username[0]").isEqualTo("This field is required.")
                .jsonPath("$.errors.password[0]").isEqualTo("This field is required.");
    }

    @Test
    void loginNeedsNoTokenAndWorksWithoutTrailingSlash() {
        register("alice");

        http.post().uri("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("username", "alice", "password", PASSWORD))
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.access").isNotEmpty();
    }

    /**
     * The email used to log in belongs to its owner: nobody can register that address as their username and
     * so capture (or lock out) logins by email.
     */
    @Test
    void usernameThatIsAnotherUsersEmailCannotCaptureTheirLogins() {
        long victim = register("victim");
        Map<String, String> squatter = Map.of("username", "victim@example.org", "email", "squatter@example.org",
                "password", "Squatter-Passphrase-42");
        http.post().uri("/api/auth/register/").contentType(MediaType.APPLICATION_JSON).body(squatter).exchange();

        Map<String, Object> tokens = login("victim@example.org", PASSWORD).expectStatus().isOk()
                .expectBody(JSON_OBJECT).returnResult().getResponseBody();
        assertThat(me((String) tokens.get("access"))).containsEntry("id", (int) victim);
    }

    private RestTestClient.ResponseSpec login(String username, String password) {
        return http.post().uri("/api/auth/login/").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("username", username, "password", password))
                .exchange();
    }

    private Map<String, Object> failedLogin(String username, String password) {
        Map<String, Object> answer = login(username, password)
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals("WWW-Authenticate", "Bearer")
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(JSON_OBJECT).returnResult().getResponseBody();
        assertThat(answer).containsKeys("type", "title", "status", "detail", "instance");
        return answer;
    }

    private void deactivate(Session admin, long id) {
        http.patch().uri("/api/users/{id}/", id).header("Authorization", admin.bearer())
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("is_active", false))
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.is_active").isEqualTo(false);
    }

    private int meStatus(String access) {
        return http.get().uri("/api/auth/me/").header("Authorization", "Bearer " + access).exchange()
                .returnResult().getStatus().value();
    }

    private Map<String, Object> me(String access) {
        return http.get().uri("/api/auth/me/").header("Authorization", "Bearer " + access).exchange()
                .expectStatus().isOk().expectBody(JSON_OBJECT).returnResult().getResponseBody();
    }

    private static Duration lifetime(JWTClaimsSet claims) {
        return Duration.between(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant());
    }
}
