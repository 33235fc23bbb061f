package org.readtrack.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.readtrack.support.CatalogApiTest;
import org.readtrack.support.CatalogFixtures;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

/**
 * A personal API token sent as a bearer token: it acts as its owner, within its scope (a {@code read} token
 * only reads, a {@code write} token does what the owner's role allows) and never on what guards the account
 * (password, email, tokens, sessions). A revoked, expired or forged token, or one whose account was
 * deactivated, is a 401 like a bad access token.
 */
class PersonalTokenUseTest extends CatalogApiTest {

    private static final String TOKENS = "/api/auth/tokens/";
    private static final String NEW_PASSWORD = "Another-Passphrase-77";

    private Session root;
    private Session alice;
    private long content;
    private long otherContent;

    @BeforeEach
    void catalog() {
        clock.set(Instant.now().truncatedTo(ChronoUnit.SECONDS).plusMillis(500));
        root = admin("root");
        alice = user("alice");
        CatalogFixtures catalog = fixtures(root);
        long category = catalog.category("Manga");
        content = catalog.content(category, "One Piece");
        otherContent = catalog.content(category, "Berserk");
    }

    @Test
    void aReadTokenReadsAsItsOwner() {
        long entry = post(alice, "/api/progress/", Map.of("content", content)).expect(201).id();
        Session reader = token(alice, "read");

        assertThat(get(reader, "/api/auth/me/").expect(200).string("username")).isEqualTo("alice");
        assertThat(get(reader, "/api/progress/").expect(200).results("id")).containsExactly((int) entry);
        get(reader, "/api/progress/{id}/", entry).expect(200);
        get(reader, "/api/contents/").expect(200);
        assertThat(call(HttpMethod.HEAD, reader, "/api/progress/", null).status()).isEqualTo(200);
        Reply options = call(HttpMethod.OPTIONS, reader, "/api/progress/", null);
        assertThat(options.status()).isEqualTo(200);
        assertThat(options.headers().getAllow()).contains(HttpMethod.GET, HttpMethod.POST);
    }

    @Test
    void aReadTokenChangesNothing() {
        long entry = post(alice, "/api/progress/", Map.of("content", content)).expect(201).id();
        Session reader = token(alice, "read");

        post(reader, "/api/progress/", Map.of("content", otherContent)).expectProblem(403);
        patch(reader, "/api/progress/{id}/", Map.of("notes", "changed"), entry).expectProblem(403);
        put(reader, "/api/contents/{id}/progress/", Map.of("status", "completed"), content).expectProblem(403);
        delete(reader, "/api/progress/{id}/", entry).expectProblem(403);
        patch(reader, "/api/auth/me/", Map.of("first_name", "Eve")).expectProblem(403);

        Reply stored = get(alice, "/api/progress/{id}/", entry).expect(200);
        assertThat(stored.string("notes")).isEmpty();
        assertThat(stored.string("status")).isEqualTo("reading");
        assertThat(get(alice, "/api/progress/").expect(200).number("count")).isEqualTo(1);
        assertThat(get(alice, "/api/auth/me/").expect(200).string("first_name")).isEmpty();
    }

    @Test
    void aWriteTokenDoesWhatItsOwnersRoleAllows() {
        Session writer = token(alice, "write");
        long entry = post(writer, "/api/progress/", Map.of("content", content)).expect(201).id();
        patch(writer, "/api/progress/{id}/", Map.of("notes", "from a script"), entry).expect(200);
        patch(writer, "/api/auth/me/", Map.of("first_name", "Alice")).expect(200);
        // a reader's token cannot write the catalog, as the reader cannot
        post(writer, "/api/categories/", Map.of("name", "Novels")).expectProblem(403);
        get(writer, "/api/users/").expectProblem(403);
        delete(writer, "/api/progress/{id}/", entry).expect(204);

        Session curator = token(root, "write");
        post(curator, "/api/categories/", Map.of("name", "Novels")).expect(201);
        get(curator, "/api/users/").expect(200);
        patch(curator, "/api/users/{id}/", Map.of("first_name", "Ally"), alice.id()).expect(200);
        // an administrator's read token reads what administrators read, and writes nothing
        Session auditor = token(root, "read");
        get(auditor, "/api/users/").expect(200);
        post(auditor, "/api/categories/", Map.of("name", "Webtoons")).expectProblem(403);
    }

    @Test
    void theRoleIsTheAccountsCurrentOne() {
        Session writer = token(alice, "write");
        post(writer, "/api/categories/", Map.of("name", "Novels")).expectProblem(403);

        patch(root, "/api/users/{id}/", Map.of("role", "moderator"), alice.id()).expect(200);

        post(writer, "/api/categories/", Map.of("name", "Novels")).expect(201);
        get(writer, "/api/users/").expectProblem(403); // a moderator's token, not an administrator's
    }

    @Test
    void noPersonalTokenChangesThePasswordTheEmailOrTheTokens() {
        Session writer = token(alice, "write");
        long other = post(alice, TOKENS, Map.of("name", "other", "scope", "read")).expect(201).id();

        post(writer, "/api/auth/password/", Map.of("old_password", PASSWORD, "new_password", NEW_PASSWORD))
                .expectProblem(403);
        patch(writer, "/api/auth/me/", Map.of("email", "thief@example.org", "current_password", PASSWORD))
                .expectProblem(403);
        // refused whenever the body has it, so a token need not know the address to be refused
        patch(writer, "/api/auth/me/", Map.of("email", "alice@example.org")).expectProblem(403);
        post(writer, TOKENS, Map.of("name", "more", "scope", "write")).expectProblem(403);
        get(writer, TOKENS).expectProblem(403);
        delete(writer, TOKENS + "{id}/", other).expectProblem(403);
        post(writer, "/api/auth/logout-everywhere/", null).expectProblem(403);
        post(writer, "/api/auth/logout/", Map.of("refresh", alice.refresh())).expectProblem(403);
        // nor an administrator's, on someone else's account
        patch(token(root, "write"), "/api/users/{id}/", Map.of("email", "thief@example.org"), alice.id())
                .expectProblem(403);
        post(token(root, "write"), "/api/users/{id}/password-reset/", null, alice.id()).expectProblem(403);

        // all unchanged: the password, the address, the tokens, the sessions
        login("alice", alice.id());
        Reply me = get(alice, "/api/auth/me/").expect(200);
        assertThat(me.string("email")).isEqualTo("alice@example.org");
        assertThat(get(alice, TOKENS).expect(200).number("count")).isEqualTo(2);
        get(alice, "/api/progress/").expect(200);
        http.post().uri("/api/auth/refresh/").contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .body(Map.of("refresh", alice.refresh())).exchange().expectStatus().isOk();
    }

    @Test
    void aRevokedTokenIsRefusedAtOnce() {
        Reply created = post(alice, TOKENS, Map.of("name", "script", "scope", "read")).expect(201);
        Session script = session(alice, created.string("token"));
        get(script, "/api/progress/").expect(200);

        delete(alice, TOKENS + "{id}/", created.id()).expect(204);

        expectUnauthorized(get(script, "/api/progress/"));
    }

    @Test
    void anExpiredTokenIsRefused() {
        Instant expiry = clock.instant().plus(Duration.ofHours(1));
        Session script = session(alice, post(alice, TOKENS, Map.of("name", "script", "scope", "write",
                "expires_at", expiry.toString())).expect(201).string("token"));
        clock.advance(Duration.ofMinutes(59));
        get(script, "/api/progress/").expect(200);

        clock.set(expiry);

        expectUnauthorized(get(script, "/api/progress/"));
        expectUnauthorized(post(script, "/api/progress/", Map.of("content", content)));
        // still listed, so that its owner sees why a script stopped
        assertThat(get(alice, TOKENS).expect(200).number("count")).isEqualTo(1);
    }

    @Test
    void forgedTokensAreRefused() {
        String real = token(alice, "write").access();
        char last = real.charAt(real.length() - 1);
        String tampered = real.substring(0, real.length() - 1) + (last == 'A' ? 'B' : 'A');

        for (String forged : new String[] {tampered, "rt_", "rt_short", real + "x", "rt_" + "A".repeat(43),
                "rt_" + "é".repeat(43)}) {
            expectUnauthorized(get(session(alice, forged), "/api/progress/"));
        }
    }

    @Test
    void aDeactivatedAccountsTokensStopAndStayRevoked() {
        Session script = token(alice, "read");
        get(script, "/api/progress/").expect(200);

        patch(root, "/api/users/{id}/", Map.of("is_active", false), alice.id()).expect(200);
        expectUnauthorized(get(script, "/api/progress/"));

        patch(root, "/api/users/{id}/", Map.of("is_active", true), alice.id()).expect(200);
        expectUnauthorized(get(script, "/api/progress/"));
        assertThat(get(login("alice", alice.id()), TOKENS).expect(200).number("count")).isZero();
    }

    @Test
    void aDeletedAccountsTokensGoWithIt() {
        Session script = token(alice, "read");

        delete(root, "/api/users/{id}/", alice.id()).expect(204);

        expectUnauthorized(get(script, "/api/progress/"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM personal_tokens", Long.class)).isZero();
    }

    @Test
    void tokensOutliveAPasswordChangeAndALogoutFromEverywhere() {
        Session script = token(alice, "read");

        post(alice, "/api/auth/logout-everywhere/", null).expect(204);
        get(script, "/api/progress/").expect(200);

        Session again = login("alice", alice.id());
        clock.advance(Duration.ofSeconds(2)); // past the revocation's second, which the new login is stamped with
        post(again, "/api/auth/password/", Map.of("old_password", PASSWORD, "new_password", NEW_PASSWORD))
                .expect(204);
        get(script, "/api/progress/").expect(200);
        expectUnauthorized(get(again, "/api/progress/"));
    }

    @Test
    void aPasswordResetRevokesThemAll() {
        // minted from a stolen session, which asks for no password: the reset that takes the account back ends it
        Session minted = token(alice, "write");
        Session other = token(alice, "read");
        String link = post(root, "/api/users/{id}/password-reset/", null, alice.id()).expect(201).string("url");
        String reset = link.substring(link.indexOf("token=") + "token=".length());

        post(null, "/api/auth/password/reset/confirm/", Map.of("token", reset, "new_password", NEW_PASSWORD))
                .expect(204);

        expectUnauthorized(get(minted, "/api/progress/"));
        expectUnauthorized(get(other, "/api/auth/me/"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM personal_tokens", Long.class)).isZero();
    }

    @Test
    void theLastUseIsRecordedToTheMinute() {
        Reply created = post(alice, TOKENS, Map.of("name", "script", "scope", "read")).expect(201);
        Session script = session(alice, created.string("token"));
        assertThat(lastUsed(created.id())).isNull();

        Instant first = clock.instant();
        get(script, "/api/progress/").expect(200);
        assertThat(lastUsed(created.id())).isEqualTo(first);

        // within the minute: no write
        clock.advance(Duration.ofSeconds(50));
        get(script, "/api/progress/").expect(200);
        assertThat(lastUsed(created.id())).isEqualTo(first);

        clock.advance(Duration.ofSeconds(20));
        Instant later = clock.instant();
        get(script, "/api/auth/me/").expect(200);
        assertThat(lastUsed(created.id())).isEqualTo(later);
    }

    /** A new token of the account, as a session whose bearer is the token. */
    private Session token(Session owner, String scope) {
        return session(owner, post(owner, TOKENS, Map.of("name", scope + " token", "scope", scope))
                .expect(201).string("token"));
    }

    private static Session session(Session owner, String token) {
        return new Session(owner.id(), owner.username(), token, null);
    }

    private Instant lastUsed(long id) {
        Object value = get(alice, TOKENS).expect(200).results().stream()
                .filter(token -> ((Number) token.get("id")).longValue() == id)
                .findFirst().orElseThrow().get("last_used_at");
        return value == null ? null : Instant.parse((String) value);
    }

    private static void expectUnauthorized(Reply reply) {
        reply.expectProblem(401);
        assertThat(reply.headers().getFirst(HttpHeaders.WWW_AUTHENTICATE)).as("challenge of %s", reply)
                .startsWith("Bearer");
    }
}
