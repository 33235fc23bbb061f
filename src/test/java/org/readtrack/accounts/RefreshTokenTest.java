package org.readtrack.accounts;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import org.junit.jupiter.api.Test;
import org.readtrack.support.ApiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readtrack.support.ProblemResponses.expectInvalid;
import static org.readtrack.support.ProblemResponses.expectUnauthorized;

/** Refresh-token rotation, reuse detection, logout, and the token separation between access and refresh. */
class RefreshTokenTest extends ApiTest {

    @Autowired
    private RefreshTokenStore refreshTokens;

    @Autowired
    private Tokens tokens;

    @Test
    void refreshReturnsANewWorkingPair() {
        Session alice = user("alice");

        Map<String, Object> pair = refresh(alice.refresh()).expectStatus().isOk()
                .expectBody(JSON_OBJECT).returnResult().getResponseBody();

        assertThat(pair).containsOnlyKeys("access", "refresh");
        assertThat(pair.get("access")).isNotEqualTo(alice.access());
        assertThat(pair.get("refresh")).isNotEqualTo(alice.refresh());
        me((String) pair.get("access")).expectStatus().isOk()
                .expectBody().jsonPath("$.username").isEqualTo("alice");
    }

    @Test
    void rotatedTokensChainOnAndOn() {
        Session alice = user("alice");
        String refresh = alice.refresh();

        for (int i = 0; i < 3; i++) {
            refresh = newRefresh(refresh);
        }

        refresh(refresh).expectStatus().isOk();
    }

    @Test
    void reusedRefreshTokenIsRefusedAndRevokesItsWholeFamily() {
        Session alice = user("alice");
        String successor = newRefresh(alice.refresh());

        expectUnauthorized(refresh(alice.refresh()));

        expectUnauthorized(refresh(successor));
    }

    @Test
    void reuseRevokesDescendantsSeveralRotationsLater() {
        Session alice = user("alice");
        String second = newRefresh(alice.refresh());
        String third = newRefresh(second);

        expectUnauthorized(refresh(second));

        expectUnauthorized(refresh(third));
    }

    @Test
    void reuseInOneFamilyLeavesOtherLoginsAlone() {
        long id = register("alice");
        Session laptop = login("alice", id);
        Session phone = login("alice", id);
        newRefresh(laptop.refresh());

        expectUnauthorized(refresh(laptop.refresh()));

        refresh(phone.refresh()).expectStatus().isOk();
    }

    @Test
    void reuseBySomeoneElseDoesNotTouchOtherUsers() {
        Session alice = user("alice");
        Session bob = user("bob");
        newRefresh(alice.refresh());

        expectUnauthorized(refresh(alice.refresh()));

        refresh(bob.refresh()).expectStatus().isOk();
    }

    @Test
    void simultaneousReuseLetsAtMostOneThroughAndRevokesTheFamily() throws Exception {
        Session alice = user("alice");
        HttpClient client = HttpClient.newHttpClient();
        CyclicBarrier start = new CyclicBarrier(2);
        List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/api/auth/refresh/"))
                    .header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"refresh\": \"" + alice.refresh() + "\"}"))
                    .build();
            sent.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                    return client.send(request, HttpResponse.BodyHandlers.ofString());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        List<HttpResponse<String>> responses = new ArrayList<>();
        for (CompletableFuture<HttpResponse<String>> response : sent) {
            responses.add(response.get());
        }

        assertThat(responses.stream().map(HttpResponse::statusCode).sorted().toList()).containsExactly(200, 401);
        String winner = responses.stream().filter(r -> r.statusCode() == 200).findFirst().orElseThrow().body();
        String successor = winner.replaceAll("(?s).*\"refresh\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        expectUnauthorized(refresh(successor));
    }

    @Test
    void refreshTokenIsNotAnAccessToken() {
        Session alice = user("alice");

        expectUnauthorized(me(alice.refresh()));
    }

    @Test
    void accessTokenIsNotARefreshToken() {
        Session alice = user("alice");

        expectUnauthorized(refresh(alice.access()));

        refresh(alice.refresh()).expectStatus().isOk();
    }

    @Test
    void garbageRefreshTokenIsUnauthorized() {
        expectUnauthorized(refresh("not.a.token"));
        expectUnauthorized(refresh(""));
    }

    @Test
    void missingRefreshTokenIsRequired() {
        expectInvalid(http.post().uri("/api/auth/refresh/").contentType(MediaType.APPLICATION_JSON).body(Map.of())
                .exchange(), "refresh");
    }

    @Test
    void refreshOfADeactivatedAccountIsUnauthorized() {
        Session root = admin("root");
        Session alice = user("alice");
        setActive(root, alice.id(), false);

        expectUnauthorized(refresh(alice.refresh()));
    }

    @Test
    void reactivationDoesNotReviveTheRefreshTokensThatDeactivationRevoked() {
        Session root = admin("root");
        Session alice = user("alice");
        setActive(root, alice.id(), false);
        setActive(root, alice.id(), true);

        expectUnauthorized(refresh(alice.refresh()));
        login("alice", alice.id());
    }

    @Test
    void refreshOfADeletedAccountIsUnauthorized() {
        Session root = admin("root");
        Session alice = user("alice");
        http.delete().uri("/api/users/{id}/", alice.id()).header("Authorization", root.bearer()).exchange()
                .expectStatus().isNoContent();

        expectUnauthorized(refresh(alice.refresh()));
    }

    @Test
    void refreshedAccessTokenCarriesTheCurrentRole() throws Exception {
        Session alice = user("alice");
        jdbc.update("UPDATE users SET role = 'admin' WHERE id = ?", alice.id());

        Map<String, Object> pair = refresh(alice.refresh()).expectStatus().isOk()
                .expectBody(JSON_OBJECT).returnResult().getResponseBody();

        assertThat(com.nimbusds.jwt.SignedJWT.parse((String) pair.get("access")).getJWTClaimsSet()
                .getStringClaim("role")).isEqualTo("admin");
    }

    @Test
    void logoutRevokesTheRefreshToken() {
        Session alice = user("alice");

        logout(alice, alice.refresh()).expectStatus().isNoContent().expectBody().isEmpty();

        expectUnauthorized(refresh(alice.refresh()));
    }

    @Test
    void logoutRevokesTheSuccessorsOfTheLogin() {
        Session alice = user("alice");
        String successor = newRefresh(alice.refresh());

        logout(alice, successor).expectStatus().isNoContent();

        expectUnauthorized(refresh(successor));
    }

    @Test
    void logoutLeavesOtherLoginsAlone() {
        long id = register("alice");
        Session laptop = login("alice", id);
        Session phone = login("alice", id);

        logout(laptop, laptop.refresh()).expectStatus().isNoContent();

        refresh(phone.refresh()).expectStatus().isOk();
    }

    @Test
    void logoutWithSomeoneElsesTokenIsRefusedAndRevokesNothing() {
        Session alice = user("alice");
        Session bob = user("bob");

        expectInvalid(logout(alice, bob.refresh()), "refresh");

        refresh(bob.refresh()).expectStatus().isOk();
    }

    @Test
    void logoutWithGarbageOrAnAccessTokenIsRefused() {
        Session alice = user("alice");

        expectInvalid(logout(alice, "garbage"), "refresh");
        expectInvalid(logout(alice, alice.access()), "refresh");
    }

    @Test
    void logoutNeedsAnAccessToken() {
        Session alice = user("alice");

        expectUnauthorized(http.post().uri("/api/auth/logout/").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("refresh", alice.refresh())).exchange());

        refresh(alice.refresh()).expectStatus().isOk();
    }

    @Test
    void purgeDeletesExpiredTokensAndKeepsTheOthers() {
        Session alice = user("alice");
        Instant now = Instant.now();
        refreshTokens.insert(new RefreshToken("expired", alice.id(), "old-login",
                now.minus(Duration.ofDays(2)), now.minus(Duration.ofDays(2)), now.minus(Duration.ofDays(1))));
        refreshTokens.insert(new RefreshToken("expires-soon", alice.id(), "other-login",
                now.minus(Duration.ofDays(1)), now.minus(Duration.ofDays(1)), now.plus(Duration.ofMinutes(1))));

        tokens.purgeExpired();

        assertThat(refreshTokens.familyOf("expired", alice.id())).isEmpty();
        assertThat(refreshTokens.familyOf("expires-soon", alice.id())).contains("other-login");
        refresh(alice.refresh()).expectStatus().isOk();
    }

    private String newRefresh(String refresh) {
        Map<String, Object> pair = refresh(refresh).expectStatus().isOk()
                .expectBody(JSON_OBJECT).returnResult().getResponseBody();
        return (String) pair.get("refresh");
    }

    private RestTestClient.ResponseSpec refresh(String token) {
        return http.post().uri("/api/auth/refresh/").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("refresh", token)).exchange();
    }

    private RestTestClient.ResponseSpec logout(Session caller, String token) {
        return http.post().uri("/api/auth/logout/").header("Authorization", caller.bearer())
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("refresh", token)).exchange();
    }

    private RestTestClient.ResponseSpec me(String access) {
        return http.get().uri("/api/auth/me/").header("Authorization", "Bearer " + access).exchange();
    }

    private void setActive(Session admin, long id, boolean active) {
        http.patch().uri("/api/users/{id}/", id).header("Authorization", admin.bearer())
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("is_active", active))
                .exchange()
                .expectStatus().isOk();
    }
}
