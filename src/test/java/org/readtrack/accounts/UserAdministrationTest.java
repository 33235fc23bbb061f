package org.readtrack.accounts;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.readtrack.support.ApiTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readtrack.support.ProblemResponses.expectInvalid;
import static org.readtrack.support.ProblemResponses.expectProblem;
import static org.readtrack.support.ProblemResponses.expectTaken;
import static org.readtrack.support.ProblemResponses.expectUnauthorized;

class UserAdministrationTest extends ApiTest {

    @Test
    void listAnswersWithThePaginationEnvelope() {
        Session root = admin("root");
        register("alice");

        Map<String, Object> page = list(root, "/api/users/").expectStatus().isOk()
                .expectHeader().contentType(MediaType.APPLICATION_JSON)
                .expectBody(JSON_OBJECT).returnResult().getResponseBody();

        assertThat(page).containsOnlyKeys("count", "next", "previous", "results")
                .containsEntry("count", 2)
                .containsEntry("next", null)
                .containsEntry("previous", null);
        List<Map<String, Object>> results = results(page);
        assertThat(results).extracting(user -> user.get("username")).containsExactly("root", "alice");
        assertThat(results.get(1)).containsOnlyKeys("id", "username", "email", "first_name", "last_name", "role",
                        "is_active", "date_joined", "last_login")
                .containsEntry("role", "user")
                .containsEntry("is_active", true)
                .containsEntry("last_login", null);
    }

    @Test
    void pagesLinkToEachOtherWithAbsoluteUrls() {
        Session root = admin("root");
        for (String name : List.of("alice", "bob", "carol", "dave")) {
            register(name);
        }

        Map<String, Object> first = page(root, "/api/users/?page_size=2");
        assertThat(first).containsEntry("count", 5).containsEntry("previous", null);
        String next = (String) first.get("next");
        assertThat(next).startsWith(baseUrl() + "/api/users/?").contains("page=2").contains("page_size=2");

        Map<String, Object> second = page(root, next);
        String previous = (String) second.get("previous");
        assertThat(previous).startsWith(baseUrl() + "/api/users/?").contains("page_size=2").doesNotContain("page=");
        assertThat(page(root, previous)).isEqualTo(first);
    }

    @Test
    void followingNextVisitsEveryUserOnce() {
        Session root = admin("root");
        for (String name : List.of("alice", "bob", "carol", "dave", "erin", "frank")) {
            register(name);
        }

        List<Object> seen = new ArrayList<>();
        String next = baseUrl() + "/api/users?page_size=3";
        int pages = 0;
        while (next != null) {
            Map<String, Object> page = page(root, next);
            results(page).forEach(user -> seen.add(user.get("username")));
            next = (String) page.get("next");
            pages++;
        }

        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactly("root", "alice", "bob", "carol", "dave", "erin", "frank");
    }

    @Test
    void searchMatchesUsernameEmailOrNamesIgnoringCase() {
        Session root = admin("root");
        register("alice");
        register("bob");
        http.patch().uri("/api/users/{id}/", register("carol")).header("Authorization", root.bearer())
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("last_name", "Lewis"))
                .exchange().expectStatus().isOk();

        assertThat(usernames(root, "ALI")).containsExactly("alice");
        assertThat(usernames(root, "BOB@EXAMPLE")).containsExactly("bob");
        assertThat(usernames(root, "lewis")).containsExactly("carol");
        assertThat(usernames(root, "example.org")).containsExactly("root", "alice", "bob", "carol");
        assertThat(usernames(root, "nobody")).isEmpty();
    }

    @Test
    void searchFindsNonAsciiNamesWhateverTheirCase() {
        Session root = admin("root");
        http.patch().uri("/api/users/{id}/", register("zoe")).header("Authorization", root.bearer())
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("first_name", "Éloïse", "last_name", "Ångström"))
                .exchange().expectStatus().isOk();
        register("eloise");

        assertThat(usernames(root, "éloïse")).containsExactly("zoe");
        assertThat(usernames(root, "ÅNGSTRÖM")).containsExactly("zoe");
    }

    @Test
    void searchTreatsLikeWildcardsAsPlainCharacters() {
        Session root = admin("root");
        register("a_b");
        register("axb");
        patch(root, register("percent"), Map.of("last_name", "100%")).expectStatus().isOk();
        patch(root, register("thousand"), Map.of("last_name", "1000")).expectStatus().isOk();

        assertThat(usernames(root, "a_b")).containsExactly("a_b");
        assertThat(usernames(root, "0%")).containsExactly("percent");
    }

    @Test
    void searchIsKeptInThePageLinks() {
        Session root = admin("root");
        for (String name : List.of("reader1", "reader2", "reader3", "other")) {
            register(name);
        }

        Map<String, Object> first = page(root, "/api/users/?search=reader&page_size=2");

        assertThat(first).containsEntry("count", 3);
        assertThat((String) first.get("next")).contains("search=reader");
        assertThat(results(page(root, (String) first.get("next"))))
                .extracting(user -> user.get("username")).containsExactly("reader3");
    }

    /** As every other list: an order it does not take is refused, naming those it does (once ignored). */
    @Test
    void orderingTakesTheIdEitherWayAndRefusesAnythingElse() {
        Session root = admin("root");
        register("alice");
        register("bob");

        for (String ordering : List.of("", "id", " id ")) {
            assertThat(usernames(root, "/api/users/?ordering={o}", ordering)).as(ordering)
                    .containsExactly("root", "alice", "bob");
        }
        assertThat(usernames(root, "/api/users/?ordering={o}", "-id")).containsExactly("bob", "alice", "root");
        for (String ordering : List.of("bogus", "username", "-", "id,username", "--id")) {
            expectInvalid(list(root, "/api/users/?ordering={o}", ordering), "ordering")
                    .jsonPath("$.errors.ordering[0]").isEqualTo("Invalid ordering \"" + ordering
                            + "\". Use one of id, with a leading - for descending order.");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "abc", "1.5"})
    void invalidPageIsRefused(String pageNumber) {
        Session root = admin("root");

        expectInvalid(list(root, "/api/users/?page=" + pageNumber), "page");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "abc"})
    void invalidPageSizeIsRefused(String size) {
        Session root = admin("root");

        expectInvalid(list(root, "/api/users/?page_size=" + size), "page_size");
    }

    @Test
    void pagePastTheEndIsNotFound() {
        Session root = admin("root");

        expectProblem(list(root, "/api/users/?page=2"), 404);
    }

    /** A page number too large for an int is a page past the end too, as in every list. */
    @ParameterizedTest
    @ValueSource(strings = {"page=2147483647", "page=21474838&page_size=100", "page=107374184&page_size=1000",
            "page=99999999999"})
    void pageWhoseOffsetOverflowsAnIntegerIsNotFound(String query) {
        Session root = admin("root");

        expectProblem(list(root, "/api/users/?" + query), 404);
    }

    @Test
    void emptyFirstPageExists() {
        Session root = admin("root");

        list(root, "/api/users/?search=nobody&page=1").expectStatus().isOk()
                .expectBody().jsonPath("$.count").isEqualTo(0).jsonPath("$.results").isEmpty();
    }

    @Test
    void pageSizeIsCappedAt100() {
        Session root = admin("root");
        for (int i = 0; i < 105; i++) {
            // copies root's row apart from the names: registering 105 accounts through the API is slow
            jdbc.update("""
                    INSERT INTO users (username, username_key, email, email_key, password_hash, date_joined)
                    SELECT ?, ?, ?, ?, password_hash, date_joined FROM users WHERE id = ?""",
                    "bulk" + i, "bulk" + i, "bulk" + i + "@example.org", "bulk" + i + "@example.org", root.id());
        }

        Map<String, Object> page = page(root, "/api/users/?page_size=1000");

        assertThat(page).containsEntry("count", 106);
        assertThat(results(page)).hasSize(100);
        assertThat(page.get("next")).isNotNull();
        assertThat(results(page(root, "/api/users/"))).hasSize(20);
    }

    @Test
    void getAnswersWithTheAdministratorsView() {
        Session root = admin("root");
        long alice = register("alice");

        http.get().uri("/api/users/{id}/", alice).header("Authorization", root.bearer()).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.id").isEqualTo((int) alice)
                .jsonPath("$.username").isEqualTo("alice")
                .jsonPath("$.is_active").isEqualTo(true)
                .jsonPath("$.role").isEqualTo("user")
                .jsonPath("$.password_hash").doesNotExist();
    }

    @Test
    void unknownOrMalformedIdIsNotFound() {
        Session root = admin("root");

        expectProblem(http.get().uri("/api/users/999999/").header("Authorization", root.bearer()).exchange(), 404);
        expectProblem(http.get().uri("/api/users/abc/").header("Authorization", root.bearer()).exchange(), 404);
        expectProblem(patch(root, 999999, Map.of("first_name", "X")), 404);
        expectProblem(http.delete().uri("/api/users/999999/").header("Authorization", root.bearer()).exchange(), 404);
    }

    @Test
    void patchChangesOnlyTheGivenFields() {
        Session root = admin("root");
        long alice = register("alice");

        patch(root, alice, Map.of("first_name", "Alice", "email", "liddell@example.net")).expectStatus().isOk()
                .expectBody()
                .jsonPath("$.first_name").isEqualTo("Alice")
                .jsonPath("$.email").isEqualTo("liddell@example.net")
                .jsonPath("$.last_name").isEqualTo("")
                .jsonPath("$.role").isEqualTo("user")
                .jsonPath("$.is_active").isEqualTo(true);
    }

    @Test
    void patchRefusesAnotherAccountsEmail() {
        Session root = admin("root");
        long alice = register("alice");

        expectTaken(patch(root, alice, Map.of("email", "ROOT@example.org")), "email");
    }

    @Test
    void patchRefusesNullForRoleAndState() {
        Session root = admin("root");
        long alice = register("alice");
        Map<String, Object> body = new HashMap<>();
        body.put("role", null);
        body.put("is_active", null);

        expectInvalid(patch(root, alice, body), "role", "is_active");
    }

    @Test
    void patchRefusesNullOrBlankEmailAsTheProfileDoes() {
        Session root = admin("root");
        long alice = register("alice");
        Map<String, Object> body = new HashMap<>();
        body.put("email", null);

        expectInvalid(patch(root, alice, body), "email")
                .jsonPath("$.errors.email[0]").isEqualTo("This field may not be null.");
        expectInvalid(patch(root, alice, Map.of("email", " ")), "email")
                .jsonPath("$.errors.email[0]").isEqualTo("This field may not be blank.");
        assertThat(jdbc.queryForObject("SELECT email FROM users WHERE id = ?", String.class, alice))
                .isEqualTo("alice@example.org");
    }

    @Test
    void promotionTakesEffectWithTheTokenAlreadyIssued() {
        Session root = admin("root");
        Session alice = user("alice");
        list(alice, "/api/users/").expectStatus().isForbidden();

        patch(root, alice.id(), Map.of("role", "admin")).expectStatus().isOk()
                .expectBody().jsonPath("$.role").isEqualTo("admin");

        list(alice, "/api/users/").expectStatus().isOk();
    }

    @Test
    void demotionTakesEffectWithTheTokenAlreadyIssued() {
        Session root = admin("root");
        Session deputy = admin("deputy");

        patch(root, deputy.id(), Map.of("role", "user")).expectStatus().isOk();

        expectProblem(list(deputy, "/api/users/"), 403);
    }

    @Test
    void deactivationLocksTheAccountOutAtOnce() {
        Session root = admin("root");
        Session alice = user("alice");

        patch(root, alice.id(), Map.of("is_active", false)).expectStatus().isOk()
                .expectBody().jsonPath("$.is_active").isEqualTo(false);

        expectUnauthorized(http.get().uri("/api/auth/me/").header("Authorization", alice.bearer()).exchange());
    }

    @Test
    void reactivationLetsTheAccountLogInAgain() {
        Session root = admin("root");
        Session alice = user("alice");
        patch(root, alice.id(), Map.of("is_active", false)).expectStatus().isOk();

        patch(root, alice.id(), Map.of("is_active", true)).expectStatus().isOk();

        Session again = login("alice", alice.id());
        http.get().uri("/api/auth/me/").header("Authorization", again.bearer()).exchange().expectStatus().isOk();
    }

    @Test
    void deleteRemovesTheAccountAndItsTokens() {
        Session root = admin("root");
        Session alice = user("alice");

        http.delete().uri("/api/users/{id}/", alice.id()).header("Authorization", root.bearer()).exchange()
                .expectStatus().isNoContent();

        expectProblem(http.get().uri("/api/users/{id}/", alice.id()).header("Authorization", root.bearer())
                .exchange(), 404);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM users WHERE id = ?", Long.class, alice.id())).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM refresh_tokens WHERE user_id = ?", Long.class,
                alice.id())).isZero();
        expectUnauthorized(http.get().uri("/api/auth/me/").header("Authorization", alice.bearer()).exchange());
    }

    @Test
    void deletedUsernameCanBeRegisteredAgain() {
        Session root = admin("root");
        long alice = register("alice");
        http.delete().uri("/api/users/{id}/", alice).header("Authorization", root.bearer()).exchange()
                .expectStatus().isNoContent();

        assertThat(register("alice")).isNotEqualTo(alice);
    }

    @Test
    void administratorCannotDemoteThemselves() {
        Session root = admin("root");

        expectProblem(patch(root, root.id(), Map.of("role", "user")), 403)
                .jsonPath("$.detail").isEqualTo("Administrators cannot demote or deactivate themselves.");

        assertThat(role(root.id())).isEqualTo("admin");
    }

    @Test
    void administratorCannotDeactivateThemselves() {
        Session root = admin("root");

        expectProblem(patch(root, root.id(), Map.of("is_active", false)), 403);

        list(root, "/api/users/").expectStatus().isOk();
    }

    @Test
    void administratorCannotDeleteThemselves() {
        Session root = admin("root");

        expectProblem(http.delete().uri("/api/users/{id}/", root.id()).header("Authorization", root.bearer())
                .exchange(), 403).jsonPath("$.detail").isEqualTo("Administrators cannot delete themselves.");

        list(root, "/api/users/").expectStatus().isOk();
    }

    @Test
    void administratorMayEditTheirOwnNamesAndRestateTheirRole() {
        Session root = admin("root");

        patch(root, root.id(), Map.of("first_name", "Ada", "role", "admin", "is_active", true)).expectStatus().isOk()
                .expectBody().jsonPath("$.first_name").isEqualTo("Ada");
    }

    @Test
    void administratorMayDemoteAndDeleteAnotherAdministrator() {
        Session root = admin("root");
        Session deputy = admin("deputy");

        patch(root, deputy.id(), Map.of("role", "user")).expectStatus().isOk();
        http.delete().uri("/api/users/{id}/", deputy.id()).header("Authorization", root.bearer()).exchange()
                .expectStatus().isNoContent();
    }

    @Test
    void ordinaryUserIsForbiddenEverywhere() {
        Session alice = user("alice");
        long bob = register("bob");

        expectProblem(list(alice, "/api/users/"), 403);
        expectProblem(http.get().uri("/api/users/{id}/", bob).header("Authorization", alice.bearer()).exchange(), 403);
        expectProblem(patch(alice, bob, Map.of("first_name", "X")), 403);
        expectProblem(patch(alice, alice.id(), Map.of("role", "admin")), 403);
        expectProblem(http.delete().uri("/api/users/{id}/", bob).header("Authorization", alice.bearer()).exchange(),
                403);

        assertThat(role(alice.id())).isEqualTo("user");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM users WHERE id = ?", Long.class, bob)).isEqualTo(1);
    }

    @Test
    void anonymousCallerIsUnauthorizedEverywhere() {
        long bob = register("bob");

        expectUnauthorized(http.get().uri("/api/users/").exchange());
        expectUnauthorized(http.get().uri("/api/users/{id}/", bob).exchange());
        expectUnauthorized(http.patch().uri("/api/users/{id}/", bob).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("role", "admin")).exchange());
        expectUnauthorized(http.delete().uri("/api/users/{id}/", bob).exchange());

        assertThat(role(bob)).isEqualTo("user");
    }

    private RestTestClient.ResponseSpec list(Session caller, String uri) {
        return http.get().uri(URI.create(uri.startsWith("http") ? uri : baseUrl() + uri))
                .header("Authorization", caller.bearer()).exchange();
    }

    private Map<String, Object> page(Session caller, String uri) {
        return list(caller, uri).expectStatus().isOk().expectBody(JSON_OBJECT).returnResult().getResponseBody();
    }

    private RestTestClient.ResponseSpec list(Session caller, String uri, Object... variables) {
        return http.get().uri(uri, variables).header("Authorization", caller.bearer()).exchange();
    }

    private List<Object> usernames(Session caller, String uri, Object... variables) {
        return results(list(caller, uri, variables).expectStatus().isOk().expectBody(JSON_OBJECT).returnResult()
                .getResponseBody()).stream().map(user -> user.get("username")).toList();
    }

    private List<Object> usernames(Session caller, String search) {
        Map<String, Object> page = http.get().uri("/api/users/?search={search}", search)
                .header("Authorization", caller.bearer()).exchange()
                .expectStatus().isOk().expectBody(JSON_OBJECT).returnResult().getResponseBody();
        return results(page).stream().map(user -> user.get("username")).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> results(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.get("results");
    }

    private RestTestClient.ResponseSpec patch(Session caller, long id, Map<String, ?> body) {
        return http.patch().uri("/api/users/{id}/", id).header("Authorization", caller.bearer())
                .contentType(MediaType.APPLICATION_JSON).body(body).exchange();
    }

    private String role(long id) {
        return jdbc.queryForObject("SELECT role FROM users WHERE id = ?", String.class, id);
    }
}
