package org.readtrack.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.readtrack.support.CatalogApiTest;
import org.readtrack.support.CatalogFixtures;
import org.springframework.http.HttpMethod;

/** A reader deletes their own account, with their password: everything of theirs goes, nobody else's. */
class AccountDeletionTest extends CatalogApiTest {

    private static final String ME = "/api/auth/me/";

    private Session root;
    private long content;

    @BeforeEach
    void catalog() {
        root = admin("root");
        CatalogFixtures catalog = fixtures(root);
        content = catalog.content(catalog.category("Manga"), "One Piece");
    }

    @Test
    void anAccountDeletedWithItsPasswordTakesItsListAndSessionsWithIt() {
        Session alice = user("alice");
        Session bob = user("bob");
        post(alice, "/api/progress/", Map.of("content", content, "last_chapter", "3")).expect(201);
        long bobsEntry = post(bob, "/api/progress/", Map.of("content", content)).expect(201).id();

        deleteMe(alice, PASSWORD).expect(204);

        get(alice, ME).expectProblem(401);
        post(null, "/api/auth/login/", Map.of("username", "alice", "password", PASSWORD)).expectProblem(401);
        post(null, "/api/auth/refresh/", Map.of("refresh", alice.refresh())).expectProblem(401);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM users WHERE username = 'alice'", Long.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM progress WHERE user_id = ?", Long.class, alice.id()))
                .isZero();
        get(bob, "/api/progress/{id}/", bobsEntry).expect(200);
    }

    @Test
    void withoutTheRightPasswordNothingIsDeleted() {
        Session alice = user("alice");

        call(HttpMethod.DELETE, alice, ME, null).expectProblem(400);
        call(HttpMethod.DELETE, alice, ME, "{\"current_password\": ").expectProblem(400);
        assertThat(call(HttpMethod.DELETE, alice, ME, Map.of("current_password", "x".repeat(1025)))
                .expectInvalid("current_password").errors().get("current_password"))
                .containsExactly("Ensure this field has no more than 1024 characters.");
        assertThat(call(HttpMethod.DELETE, alice, ME, Map.of()).expectInvalid("current_password")
                .errors().get("current_password")).containsExactly("This field is required.");
        assertThat(deleteMe(alice, "").expectInvalid("current_password").errors().get("current_password"))
                .containsExactly("Enter your current password to delete your account.");
        deleteMe(alice, "Wrong-" + PASSWORD).expectInvalid("current_password");

        get(alice, ME).expect(200);
    }

    @Test
    void aPersonalTokenCannotDeleteTheAccount() {
        Session alice = user("alice");
        String token = post(alice, "/api/auth/tokens/", Map.of("name", "script", "scope", "write")).expect(201)
                .string("token");

        deleteMe(new Session(alice.id(), "alice", token, null), PASSWORD).expectProblem(403);

        get(alice, ME).expect(200);
    }

    @Test
    void theLastActiveAdministratorKeepsTheirAccount() {
        assertThat(deleteMe(root, PASSWORD).expectProblem(409).string("detail")).contains("only administrator");
        get(root, ME).expect(200);

        Session second = admin("second");
        deleteMe(root, PASSWORD).expect(204);
        get(second, ME).expect(200);
    }

    private Reply deleteMe(Session caller, String password) {
        return call(HttpMethod.DELETE, caller, ME, Map.of("current_password", password));
    }
}
