package org.readtrack.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.readtrack.support.CatalogApiTest;

/**
 * Creating, listing and revoking personal API tokens: the secret is answered once and stored only as a hash,
 * bad input is a 400 that creates nothing, the number per account is bounded, and one account cannot see or
 * revoke another's tokens.
 */
class PersonalTokenApiTest extends CatalogApiTest {

    private static final String TOKENS = "/api/auth/tokens/";

    private Instant now;

    @BeforeEach
    void standStill() {
        now = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusMillis(500);
        clock.set(now);
    }

    @Test
    void creationAnswersTheSecretOnceAndTheListNeverShowsIt() {
        Session alice = user("alice");
        Instant expiry = now.plus(Duration.ofDays(30));

        Reply created = post(alice, TOKENS, Map.of("name", "  backup script ", "scope", "read",
                "expires_at", expiry.toString())).expect(201);

        assertThat(created.json()).containsOnlyKeys("id", "name", "scope", "token", "created_at", "expires_at",
                "last_used_at");
        assertThat(created.string("name")).isEqualTo("backup script");
        assertThat(created.string("scope")).isEqualTo("read");
        assertThat(created.instant("created_at")).isEqualTo(now);
        assertThat(created.instant("expires_at")).isEqualTo(expiry);
        assertThat(created.get("last_used_at")).isNull();
        String secret = created.string("token");
        assertThat(secret).startsWith("rt_").hasSize(46).matches("rt_[A-Za-z0-9_-]{43}");

        Reply list = get(alice, TOKENS).expect(200);
        assertThat(list.number("count")).isEqualTo(1);
        assertThat(list.results().get(0)).containsOnlyKeys("id", "name", "scope", "created_at", "expires_at",
                "last_used_at").containsEntry("id", (int) created.id()).containsEntry("name", "backup script");
        assertThat(list.raw()).doesNotContain(secret);

        // only a hash is kept: nothing in the row is, or contains, the secret
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM personal_tokens WHERE id = ?", created.id());
        assertThat(row.values()).noneMatch(value -> value != null && value.toString().contains(secret.substring(3)));
        assertThat((String) row.get("token_hash")).hasSize(64).satisfies(HexFormat.of()::parseHex);
    }

    @Test
    void aTokenWithoutExpiryNeverExpiresAndTheListIsNewestFirst() {
        Session alice = user("alice");
        long first = post(alice, TOKENS, Map.of("name", "laptop", "scope", "write")).expect(201).id();
        clock.advance(Duration.ofSeconds(1));
        Reply second = post(alice, TOKENS, body("name", "phone", "scope", "read", "expires_at", null)).expect(201);
        assertThat(second.get("expires_at")).isNull();

        Reply list = get(alice, TOKENS).expect(200);
        assertThat(list.results("id")).containsExactly((int) second.id(), (int) first);
        assertThat(list.results("scope")).containsExactly("read", "write");
    }

    @Test
    void revokingRemovesTheTokenFromTheList() {
        Session alice = user("alice");
        long kept = post(alice, TOKENS, Map.of("name", "kept", "scope", "read")).expect(201).id();
        long revoked = post(alice, TOKENS, Map.of("name", "gone", "scope", "read")).expect(201).id();

        delete(alice, TOKENS + "{id}/", revoked).expect(204);

        assertThat(get(alice, TOKENS).expect(200).results("id")).containsExactly((int) kept);
        delete(alice, TOKENS + "{id}/", revoked).expectProblem(404);
    }

    @Test
    void anotherAccountsTokensAreNeitherListedNorRevocable() {
        Session alice = user("alice");
        Session bob = user("bob");
        long alices = post(alice, TOKENS, Map.of("name", "alice's", "scope", "write")).expect(201).id();

        assertThat(get(bob, TOKENS).expect(200).number("count")).isZero();
        delete(bob, TOKENS + "{id}/", alices).expectProblem(404);
        delete(bob, TOKENS + "{id}/", 999_999).expectProblem(404);

        assertThat(get(alice, TOKENS).expect(200).results("id")).containsExactly((int) alices);
    }

    @Test
    void badInputIsA400ThatCreatesNothing() {
        Session alice = user("alice");

        post(alice, TOKENS, Map.of("scope", "read")).expectInvalid("name");
        post(alice, TOKENS, Map.of("name", "   ", "scope", "read")).expectInvalid("name");
        post(alice, TOKENS, Map.of("name", "x".repeat(101), "scope", "read")).expectInvalid("name");
        post(alice, TOKENS, Map.of("name", "script")).expectInvalid("scope");
        post(alice, TOKENS, Map.of("name", "script", "scope", "admin")).expectInvalid("scope");
        post(alice, TOKENS, Map.of("name", "script", "scope", 1)).expectInvalid("scope");
        post(alice, TOKENS, Map.of("name", "script", "scope", "read", "expires_at", now.minusSeconds(60).toString()))
                .expectInvalid("expires_at");
        post(alice, TOKENS, Map.of("name", "script", "scope", "read", "expires_at", now.toString()))
                .expectInvalid("expires_at");
        post(alice, TOKENS, Map.of("name", "script", "scope", "read", "expires_at", "next week"))
                .expectInvalid("expires_at");
        post(alice, TOKENS, Map.of("name", "script", "scope", "read", "expires_at", "+10000-01-01T00:00:00Z"))
                .expectInvalid("expires_at");
        post(alice, TOKENS, "not json").expectProblem(400);
        // every field at fault at once
        Reply all = post(alice, TOKENS, Map.of("name", "", "expires_at", now.minusSeconds(1).toString()))
                .expectProblem(400);
        assertThat(all.errors()).containsOnlyKeys("name", "scope", "expires_at");

        assertThat(get(alice, TOKENS).expect(200).number("count")).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM personal_tokens", Long.class)).isZero();
    }

    @Test
    void anExpiryWithAnOffsetIsTheSameInstant() {
        Session alice = user("alice");
        Reply created = post(alice, TOKENS, Map.of("name", "script", "scope", "read",
                "expires_at", "2999-06-01T12:00:00+02:00")).expect(201);
        assertThat(created.instant("expires_at")).isEqualTo(Instant.parse("2999-06-01T10:00:00Z"));
    }

    @Test
    void anAccountHasAtMostFiftyTokens() {
        Session alice = user("alice");
        Session bob = user("bob");
        long first = 0;
        for (int i = 1; i <= PersonalTokens.LIMIT_PER_ACCOUNT; i++) {
            long id = post(alice, TOKENS, Map.of("name", "token " + i, "scope", "read")).expect(201).id();
            first = first == 0 ? id : first;
        }

        Reply refused = post(alice, TOKENS, Map.of("name", "one too many", "scope", "read")).expectProblem(409);
        assertThat(refused.string("detail")).contains("50");
        // the bound is per account
        post(bob, TOKENS, Map.of("name", "bob's", "scope", "read")).expect(201);

        delete(alice, TOKENS + "{id}/", first).expect(204);
        post(alice, TOKENS, Map.of("name", "in its place", "scope", "read")).expect(201);
        assertThat(get(alice, TOKENS + "?page_size=100").expect(200).results()).hasSize(50);
    }

    @Test
    void anonymousCallersCannotManageTokens() {
        post(null, TOKENS, Map.of("name", "x", "scope", "read")).expectProblem(401);
        get(null, TOKENS).expectProblem(401);
        delete(null, TOKENS + "1/").expectProblem(401);
    }

    @Test
    void theListIsPaged() {
        Session alice = user("alice");
        for (String name : List.of("a", "b", "c")) {
            post(alice, TOKENS, Map.of("name", name, "scope", "read")).expect(201);
            clock.advance(Duration.ofSeconds(1));
        }
        Reply page = get(alice, TOKENS + "?page_size=2").expect(200);
        assertThat(page.number("count")).isEqualTo(3);
        assertThat(page.results("name")).containsExactly("c", "b");
        assertThat(page.string("next")).contains("page=2");
    }
}
