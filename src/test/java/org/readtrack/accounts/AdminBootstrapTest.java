package org.readtrack.accounts;

import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.readtrack.support.ApiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The administrator named by {@code READTRACK_ADMIN_*}. The database is emptied before each test, so what
 * start-up created is read once before that happens; the other tests run the bootstrap again themselves.
 */
@TestPropertySource(properties = {
        "readtrack.admin.username=" + AdminBootstrapTest.ADMIN,
        "readtrack.admin.email=chief@example.org",
        "readtrack.admin.password=" + AdminBootstrapTest.ADMIN_PASSWORD})
class AdminBootstrapTest extends ApiTest {

    /** A name no other test class uses, so that start-up is sure to find it missing. */
    static final String ADMIN = "chief";
    static final String ADMIN_PASSWORD = "Bootstrap-Passphrase-77";

    private static Map<String, Object> createdAtStartUp;

    @Autowired
    private AdminBootstrap bootstrap;

    @Autowired
    private Administrators administrators;

    @BeforeAll
    static void readWhatStartUpCreated(@Autowired JdbcTemplate jdbc) {
        createdAtStartUp = jdbc.queryForMap(
                "SELECT username, email, role, active, password_hash FROM users WHERE username_key = ?", ADMIN);
    }

    @Test
    void startUpCreatedTheConfiguredAdministrator() {
        assertThat(createdAtStartUp)
                .containsEntry("username", ADMIN)
                .containsEntry("email", "chief@example.org")
                .containsEntry("role", "admin");
        assertThat(createdAtStartUp.get("active")).isIn(true, 1, 1L);
        String hash = (String) createdAtStartUp.get("password_hash");
        assertThat(hash).startsWith("$argon2id$");
        assertThat(Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8().matches(ADMIN_PASSWORD, hash)).isTrue();
    }

    @Test
    void bootstrappedAdministratorCanLogInAndAdminister() {
        bootstrap.run(null);

        String access = login(ADMIN, ADMIN_PASSWORD).expectStatus().isOk()
                .expectBody(JSON_OBJECT).returnResult().getResponseBody().get("access").toString();

        http.get().uri("/api/auth/me/").header("Authorization", "Bearer " + access).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.username").isEqualTo(ADMIN)
                .jsonPath("$.email").isEqualTo("chief@example.org")
                .jsonPath("$.role").isEqualTo("admin");
        http.get().uri("/api/users/").header("Authorization", "Bearer " + access).exchange()
                .expectStatus().isOk();
    }

    @Test
    void runningTheBootstrapAgainChangesNothing() {
        bootstrap.run(null);
        Map<String, Object> first = adminRow();

        assertThatNoException().isThrownBy(() -> bootstrap.run(null));

        assertThat(jdbc.queryForObject("SELECT count(*) FROM users", Long.class)).isEqualTo(1);
        assertThat(adminRow()).isEqualTo(first);
    }

    @Test
    void existingAccountOfThatNameIsLeftExactlyAsItIs() {
        long id = register(ADMIN);
        Map<String, Object> before = adminRow();

        bootstrap.run(null);

        assertThat(adminRow()).isEqualTo(before).containsEntry("role", "user");
        login(ADMIN, PASSWORD).expectStatus().isOk();
        login(ADMIN, ADMIN_PASSWORD).expectStatus().isUnauthorized();
        assertThat(jdbc.queryForObject("SELECT id FROM users", Long.class)).isEqualTo(id);
    }

    @Test
    void existingAccountOfThatNameInAnotherCaseIsLeftAlone() {
        register(ADMIN.toUpperCase());

        bootstrap.run(null);

        assertThat(jdbc.queryForObject("SELECT count(*) FROM users", Long.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT role FROM users", String.class)).isEqualTo("user");
    }

    @Test
    void passwordBreakingThePolicyStopsStartUpWithoutRevealingIt() {
        AdminBootstrap weak = new AdminBootstrap(new AdminProperties("weakling", "weak@example.org", "password123"),
                administrators);

        assertThatThrownBy(() -> weak.run(null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("too common")
                .hasMessageNotContaining("password123");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM users", Long.class)).isZero();
    }

    @Test
    void invalidUsernameStopsStartUp() {
        AdminBootstrap invalid = new AdminBootstrap(new AdminProperties("chief of staff", "staff@example.org",
                ADMIN_PASSWORD), administrators);

        assertThatThrownBy(() -> invalid.run(null)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("username");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM users", Long.class)).isZero();
    }

    @Test
    void usernameWithoutEmailOrPasswordStopsStartUp() {
        assertThatThrownBy(() -> new AdminBootstrap(new AdminProperties("lonely", null, ADMIN_PASSWORD),
                administrators).run(null)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new AdminBootstrap(new AdminProperties("lonely", "lonely@example.org", null),
                administrators).run(null)).isInstanceOf(IllegalStateException.class);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM users", Long.class)).isZero();
    }

    @Test
    void noUsernameMeansNoAdministrator() {
        new AdminBootstrap(new AdminProperties("", "", ""), administrators).run(null);
        new AdminBootstrap(new AdminProperties(null, null, null), administrators).run(null);

        assertThat(jdbc.queryForObject("SELECT count(*) FROM users", Long.class)).isZero();
    }

    private Map<String, Object> adminRow() {
        return jdbc.queryForMap("SELECT id, username, email, role, active, password_hash, date_joined FROM users"
                + " WHERE username_key = ?", ADMIN);
    }

    private RestTestClient.ResponseSpec login(String username, String password) {
        return http.post().uri("/api/auth/login/").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("username", username, "password", password)).exchange();
    }
}
