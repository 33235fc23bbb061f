package org.readtrack.security;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.readtrack.support.ApiTest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readtrack.support.ProblemResponses.expectProblem;
import static org.readtrack.support.ProblemResponses.expectUnauthorized;

/**
 * Forged, tampered, expired and misused tokens on {@code /api/auth/me/}. Each forgery starts from claims that
 * the server accepts when signed properly ({@link #tokenForgedWithTheRealKeyIsAccepted}), so every 401 here
 * is caused by the one flaw the test introduces.
 */
class TokenAttackTest extends ApiTest {

    @Value("${readtrack.jwt.key-file}")
    private Path keyFile;

    private byte[] realKey;
    private Session alice;

    @BeforeEach
    void readKeyAndLogIn() throws Exception {
        realKey = Base64.getDecoder().decode(Files.readString(keyFile).strip());
        alice = user("alice");
    }

    @Test
    void tokenForgedWithTheRealKeyIsAccepted() throws Exception {
        String token = sign(JWSAlgorithm.HS256, realKey, claims(alice.id(), "access", Instant.now()).build());

        me(token).expectStatus().isOk().expectBody().jsonPath("$.username").isEqualTo("alice");
    }

    @Test
    void missingTokenGetsTheBareBearerChallenge() {
        expectUnauthorized(http.get().uri("/api/auth/me/").exchange());
        http.get().uri("/api/auth/me/").exchange().expectHeader().valueEquals("WWW-Authenticate", "Bearer");
    }

    @Test
    void garbageTokenIsUnauthorized() {
        expectUnauthorized(me("garbage"));
        expectUnauthorized(me("a.b.c"));
        me("garbage").expectHeader().valueMatches("WWW-Authenticate", "Bearer error=\"invalid_token\".*");
    }

    @Test
    void tokenWithAFlippedSignatureCharacterIsUnauthorized() {
        String token = alice.access();
        int at = token.lastIndexOf('.') + 5;
        char flipped = token.charAt(at) == 'A' ? 'B' : 'A';
        String tampered = token.substring(0, at) + flipped + token.substring(at + 1);

        expectUnauthorized(me(tampered));
    }

    @Test
    void tokenWithATamperedPayloadIsUnauthorized() {
        Session root = admin("root");
        String[] parts = alice.access().split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String aliceSubject = "\"sub\":\"" + alice.id() + "\"";
        assertThat(claims).contains(aliceSubject);
        String claimsOfRoot = claims.replace(aliceSubject, "\"sub\":\"" + root.id() + "\"");

        expectUnauthorized(me(parts[0] + "." + base64Url(claimsOfRoot) + "." + parts[2]));
    }

    @Test
    void tokenSignedWithAnotherKeyIsUnauthorized() throws Exception {
        byte[] otherKey = new byte[64];
        new SecureRandom().nextBytes(otherKey);

        expectUnauthorized(me(sign(JWSAlgorithm.HS256, otherKey, claims(alice.id(), "access", Instant.now()).build())));
    }

    @Test
    void unsignedAlgNoneTokenIsUnauthorized() throws Exception {
        String payload = base64Url(claims(alice.id(), "access", Instant.now()).build().toString());

        expectUnauthorized(me(base64Url("{\"alg\":\"none\"}") + "." + payload + "."));
        expectUnauthorized(me(base64Url("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + payload + "."));
        expectUnauthorized(me(base64Url("{\"alg\":\"None\"}") + "." + payload + "."));
    }

    @Test
    void tokenSignedWithHs512AndTheRealKeyIsUnauthorized() throws Exception {
        assertThat(realKey.length).as("HS512 needs a 512-bit key").isGreaterThanOrEqualTo(64);

        expectUnauthorized(me(sign(JWSAlgorithm.HS512, realKey, claims(alice.id(), "access", Instant.now()).build())));
    }

    @Test
    void expiredTokenIsUnauthorized() throws Exception {
        Instant issued = Instant.now().minus(Duration.ofMinutes(35));
        JWTClaimsSet expired = claims(alice.id(), "access", issued)
                .expirationTime(Date.from(Instant.now().minus(Duration.ofMinutes(5)))).build();

        expectUnauthorized(me(sign(JWSAlgorithm.HS256, realKey, expired)));
    }

    @Test
    void aTokenExpiredHalfAMinuteAgoIsUnauthorized() throws Exception {
        // the default minute of leeway would take it still
        Instant issued = Instant.now().minus(Duration.ofMinutes(30));
        JWTClaimsSet expired = claims(alice.id(), "access", issued)
                .expirationTime(Date.from(Instant.now().minus(Duration.ofSeconds(30)))).build();

        expectUnauthorized(me(sign(JWSAlgorithm.HS256, realKey, expired)));
    }

    @Test
    void tokenWithoutExpiryIsUnauthorized() throws Exception {
        JWTClaimsSet eternal = claims(alice.id(), "access", Instant.now()).expirationTime(null).build();

        expectUnauthorized(me(sign(JWSAlgorithm.HS256, realKey, eternal)));
    }

    @Test
    void tokenNotYetValidIsUnauthorized() throws Exception {
        JWTClaimsSet future = claims(alice.id(), "access", Instant.now())
                .notBeforeTime(Date.from(Instant.now().plus(Duration.ofMinutes(10)))).build();

        expectUnauthorized(me(sign(JWSAlgorithm.HS256, realKey, future)));
    }

    @Test
    void tokenWithoutTokenTypeIsUnauthorized() throws Exception {
        JWTClaimsSet untyped = claims(alice.id(), "access", Instant.now()).claim("token_type", null).build();

        expectUnauthorized(me(sign(JWSAlgorithm.HS256, realKey, untyped)));
    }

    @Test
    void refreshTypedTokenIsNotAnAccessToken() throws Exception {
        expectUnauthorized(me(sign(JWSAlgorithm.HS256, realKey, claims(alice.id(), "refresh", Instant.now()).build())));
    }

    @Test
    void tokenWithoutOrWithANonNumericSubjectIsUnauthorized() throws Exception {
        expectUnauthorized(me(sign(JWSAlgorithm.HS256, realKey,
                claims(alice.id(), "access", Instant.now()).subject(null).build())));
        expectUnauthorized(me(sign(JWSAlgorithm.HS256, realKey,
                claims(alice.id(), "access", Instant.now()).subject("alice").build())));
    }

    @Test
    void tokenForAnAccountThatNeverExistedIsUnauthorized() throws Exception {
        expectUnauthorized(me(sign(JWSAlgorithm.HS256, realKey, claims(987_654_321, "access", Instant.now()).build())));
    }

    @Test
    void roleClaimDoesNotGrantAdministration() throws Exception {
        JWTClaimsSet claimsAdmin = claims(alice.id(), "access", Instant.now()).claim("role", "admin").build();

        expectProblem(http.get().uri("/api/users/").header("Authorization",
                "Bearer " + sign(JWSAlgorithm.HS256, realKey, claimsAdmin)).exchange(), 403);
    }

    @Test
    void tokenOfADeletedAccountIsUnauthorized() {
        Session root = admin("root");
        http.delete().uri("/api/users/{id}/", alice.id()).header("Authorization", root.bearer()).exchange()
                .expectStatus().isNoContent();

        expectUnauthorized(me(alice.access()));
    }

    @Test
    void tokenOfADeactivatedAccountStopsWorkingImmediately() {
        Session root = admin("root");
        me(alice.access()).expectStatus().isOk();

        http.patch().uri("/api/users/{id}/", alice.id()).header("Authorization", root.bearer())
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("is_active", false))
                .exchange().expectStatus().isOk();

        expectUnauthorized(me(alice.access()));
        expectUnauthorized(http.post().uri("/api/auth/logout/").header("Authorization", alice.bearer())
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("refresh", alice.refresh())).exchange());
    }

    @Test
    void tokenOfAnAccountDeletedAndRegisteredAgainDoesNotReachTheNewAccount() throws Exception {
        Session root = admin("root");
        http.delete().uri("/api/users/{id}/", alice.id()).header("Authorization", root.bearer()).exchange()
                .expectStatus().isNoContent();
        long reborn = register("alice");

        assertThat(reborn).isNotEqualTo(alice.id());
        expectUnauthorized(me(alice.access()));
    }

    @Test
    void otherAuthorizationSchemesAreNotAccepted() {
        String basic = Base64.getEncoder().encodeToString(("alice:" + PASSWORD).getBytes(StandardCharsets.UTF_8));

        expectUnauthorized(http.get().uri("/api/auth/me/").header("Authorization", "Basic " + basic).exchange());
        expectUnauthorized(http.get().uri("/api/auth/me/").header("Authorization", alice.access()).exchange());
    }

    @Test
    void tokenInTheQueryStringIsNotAccepted() {
        expectUnauthorized(http.get().uri("/api/auth/me/?access_token={token}", alice.access()).exchange());
    }

    private RestTestClient.ResponseSpec me(String token) {
        return http.get().uri("/api/auth/me/").header("Authorization", "Bearer " + token).exchange();
    }

    private static JWTClaimsSet.Builder claims(long userId, String type, Instant issued) {
        return new JWTClaimsSet.Builder()
                .subject(Long.toString(userId))
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(issued))
                .expirationTime(Date.from(issued.plus(Duration.ofMinutes(30))))
                .claim("token_type", type)
                .claim("role", "user");
    }

    private static String sign(JWSAlgorithm algorithm, byte[] key, JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(algorithm).type(JOSEObjectType.JWT).build(), claims);
        jwt.sign(new MACSigner(key));
        return jwt.serialize();
    }

    private static String base64Url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
