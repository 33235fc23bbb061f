package org.readtrack.accounts;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.readtrack.support.ProblemResponses.expectUnauthorized;

/**
 * Password change, logout from everywhere and deactivation end the account's access tokens at once, not
 * when they expire; logging out, or a refresh token caught being reused, ends those of one login. The clock stands still: a fresh login in the very same instant as the revocation must
 * work, although {@code iat} only counts whole seconds.
 */
class TokenRevocationTest extends SettableClockApiTest {

    private static final String NEW_PASSWORD = "Another-Passphrase-77";

    @Test
    void passwordChangeEndsTheAccessTokensAtOnce() {
        long id = register("alice");
        Session laptop = login("alice", id);
        Session phone = login("alice", id);

        http.post().uri("/api/auth/password/").header("Authorization", laptop.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("old_password", PASSWORD, "new_password", NEW_PASSWORD)).exchange()
                .expectStatus().isNoContent();

        expectUnauthorized(me(laptop.access()));
        expectUnauthorized(me(phone.access()));
        me(loginWith("alice", NEW_PASSWORD).get("access")).expectStatus().isOk();
    }

    @Test
    void logoutEverywhereEndsEveryTokenAtOnce() {
        long id = register("alice");
        Session laptop = login("alice", id);
        Session phone = login("alice", id);

        logoutEverywhere(laptop.access()).expectStatus().isNoContent().expectBody().isEmpty();

        expectUnauthorized(me(laptop.access()));
        expectUnauthorized(me(phone.access()));
        expectUnauthorized(refresh(laptop.refresh()));
        expectUnauthorized(refresh(phone.refresh()));
        Session again = login("alice", id);
        me(again.access()).expectStatus().isOk();
        refresh(again.refresh()).expectStatus().isOk();
    }

    @Test
    void logoutEverywhereLeavesOtherAccountsAlone() {
        Session alice = user("alice");
        Session bob = user("bob");

        logoutEverywhere(alice.access()).expectStatus().isNoContent();

        me(bob.access()).expectStatus().isOk();
        refresh(bob.refresh()).expectStatus().isOk();
    }

    @Test
    void logoutEverywhereNeedsAnAccessToken() {
        expectUnauthorized(http.post().uri("/api/auth/logout-everywhere").exchange());
        expectUnauthorized(logoutEverywhere("not-a-token"));
    }

    @Test
    void deactivationEndsTheAccessTokensEvenOnceReactivated() {
        Session root = admin("root");
        Session alice = user("alice");

        setActive(root, alice.id(), false);
        expectUnauthorized(me(alice.access()));
        setActive(root, alice.id(), true);

        expectUnauthorized(me(alice.access()));
        me(login("alice", alice.id()).access()).expectStatus().isOk();
        me(root.access()).expectStatus().isOk();
    }

    /** The worst case of whole-second {@code iat}: the revocation happens at the very start of a second. */
    @Test
    void revocationOnASecondBoundaryStillRefusesTheTokensOfThatSecond() {
        clock.set(Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1));
        Session alice = user("alice");

        logoutEverywhere(alice.access()).expectStatus().isNoContent();

        expectUnauthorized(me(alice.access()));
        me(login("alice", alice.id()).access()).expectStatus().isOk();
    }

    /** The clock stands still: the second revocation falls in the same second as the first. */
    @Test
    void aSecondRevocationInTheSameSecondEndsTheTokensIssuedAfterTheFirst() {
        Session alice = user("alice");
        logoutEverywhere(alice.access()).expectStatus().isNoContent();
        Session between = login("alice", alice.id());
        me(between.access()).expectStatus().isOk();

        logoutEverywhere(between.access()).expectStatus().isNoContent();

        expectUnauthorized(me(between.access()));
        expectUnauthorized(refresh(between.refresh()));
        me(login("alice", alice.id()).access()).expectStatus().isOk();
    }

    @Test
    void tokensIssuedAfterTheRevocationKeepWorkingAsTimeGoesOn() {
        Session alice = user("alice");
        logoutEverywhere(alice.access()).expectStatus().isNoContent();
        clock.advance(Duration.ofMillis(499)); // the last moment of the revocation's second
        Session sameSecond = login("alice", alice.id());
        clock.advance(Duration.ofSeconds(3));
        Session later = login("alice", alice.id());

        me(sameSecond.access()).expectStatus().isOk();
        me(later.access()).expectStatus().isOk();
        Map<String, Object> rotated = refreshed(sameSecond.refresh());
        me((String) rotated.get("access")).expectStatus().isOk();
    }

    @Test
    void logoutEndsTheAccessTokensOfThatLoginOnly() {
        long id = register("alice");
        Session laptop = login("alice", id);
        Session phone = login("alice", id);
        String rotatedAccess = (String) refreshed(laptop.refresh()).get("access");
        String rotatedRefresh = (String) refreshed(phone.refresh()).get("refresh");

        logout(laptop.access(), phone.refresh()).expectStatus().isNoContent(); // a login ends the other's

        expectUnauthorized(me(phone.access()));
        me(laptop.access()).expectStatus().isOk();
        me(rotatedAccess).expectStatus().isOk();
        expectUnauthorized(refresh(rotatedRefresh));
    }

    @Test
    void aRefreshTokenCaughtBeingReusedEndsTheAccessTokensOfItsLogin() {
        long id = register("alice");
        Session stolen = login("alice", id);
        Session phone = login("alice", id);
        String thiefsAccess = (String) refreshed(stolen.refresh()).get("access");

        expectUnauthorized(refresh(stolen.refresh())); // the owner's copy, spent by the thief

        expectUnauthorized(me(thiefsAccess));
        expectUnauthorized(me(stolen.access()));
        me(phone.access()).expectStatus().isOk();
    }

    @Test
    void rotationLeavesTheLoginsEarlierAccessTokensWorking() {
        Session alice = user("alice");
        String second = (String) refreshed(alice.refresh()).get("refresh");
        refreshed(second);

        me(alice.access()).expectStatus().isOk();
    }

    private RestTestClient.ResponseSpec logout(String access, String refresh) {
        return http.post().uri("/api/auth/logout/").header("Authorization", "Bearer " + access)
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("refresh", refresh)).exchange();
    }

    private RestTestClient.ResponseSpec logoutEverywhere(String access) {
        return http.post().uri("/api/auth/logout-everywhere/").header("Authorization", "Bearer " + access).exchange();
    }

    private Map<String, String> loginWith(String username, String password) {
        Map<String, Object> tokens = http.post().uri("/api/auth/login/").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("username", username, "password", password)).exchange()
                .expectStatus().isOk().expectBody(JSON_OBJECT).returnResult().getResponseBody();
        return Map.of("access", (String) tokens.get("access"), "refresh", (String) tokens.get("refresh"));
    }

    private void setActive(Session admin, long id, boolean active) {
        http.patch().uri("/api/users/{id}/", id).header("Authorization", admin.bearer())
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("is_active", active)).exchange()
                .expectStatus().isOk();
    }
}
