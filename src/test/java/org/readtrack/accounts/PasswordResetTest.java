package org.readtrack.accounts;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.readtrack.support.CatalogApiTest;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Password reset by mail, end to end: the application sends real SMTP to GreenMail, in this JVM, and the
 * tests follow the link in the mail they receive, as a person would.
 */
@TestPropertySource(properties = "readtrack.public.url=https://books.example.org/readtrack/")
class PasswordResetTest extends CatalogApiTest {

    private static final String NEW_PASSWORD = "Another-Passphrase-77";
    private static final Pattern LINK =
            Pattern.compile("https://books\\.example\\.org/readtrack/reset-password\\?token=([A-Za-z0-9_-]+)");

    @RegisterExtension
    static final GreenMailExtension mailServer = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> mailServer.getSmtp().getPort());
    }

    @BeforeEach
    void emptyMailboxes() throws Exception {
        mailServer.purgeEmailFromAllMailboxes();
    }

    @Test
    void theMailedLinkSetsANewPasswordAndEndsEverySession() throws Exception {
        Session alice = user("alice");

        Reply asked = requestReset(" ALICE@example.org ", null).expect(202);
        assertThat(asked.raw()).isEmpty();
        MimeMessage mail = onlyMail();
        assertThat(mail.getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
                .containsExactly("alice@example.org");
        assertThat(mail.getFrom()).extracting(Object::toString).containsExactly("noreply@books.example.org");
        assertThat(mail.getSubject()).isEqualTo("Reset your Readtrack password");
        assertThat(text(mail)).contains("Hello alice,").contains("60 minutes");

        confirm(tokenIn(mail), NEW_PASSWORD).expect(204);

        loginWith("alice", NEW_PASSWORD).expect(200);
        loginWith("alice", PASSWORD).expectProblem(401);
        post(null, "/api/auth/refresh/", Map.of("refresh", alice.refresh())).expectProblem(401);
        get(alice, "/api/auth/me/").expectProblem(401);
    }

    @Test
    void aTokenWorksOnceAndASuccessfulResetVoidsTheOthers() throws Exception {
        register("alice");
        requestReset("alice@example.org", null).expect(202);
        requestReset("alice@example.org", null).expect(202);
        assertThat(mailServer.waitForIncomingEmail(5000, 2)).isTrue();
        MimeMessage[] mails = mailServer.getReceivedMessages();
        String first = tokenIn(mails[0]);
        String second = tokenIn(mails[1]);
        assertThat(first).isNotEqualTo(second);

        confirm(second, NEW_PASSWORD).expect(204);

        confirm(second, "Third-Passphrase-99").expectInvalid("token");
        confirm(first, "Third-Passphrase-99").expectInvalid("token");
        loginWith("alice", NEW_PASSWORD).expect(200);
    }

    @Test
    void aTokenIsCheckedWithoutBeingUsed() throws Exception {
        register("alice");
        requestReset("alice@example.org", null).expect(202);
        String token = tokenIn(onlyMail());

        check(token).expect(204);
        check(token).expect(204);
        for (String forged : List.of(SecretTokens.generate(), "not-a-token", "", SecretTokens.digest(token))) {
            assertThat(check(forged).expectInvalid("token").errors().get("token"))
                    .containsExactly(PasswordResets.INVALID_TOKEN);
        }
        check("x".repeat(101)).expectInvalid("token");
        post(null, "/api/auth/password/reset/check/", Map.of()).expectInvalid("token");
        loginWith("alice", PASSWORD).expect(200);

        confirm(token, NEW_PASSWORD).expect(204);
        check(token).expectInvalid("token");
    }

    @Test
    void aCheckSaysATokenMadeBeforeTheEmailChangedNoLongerWorks() throws Exception {
        Session alice = user("alice");
        requestReset("alice@example.org", null).expect(202);
        String token = tokenIn(onlyMail());
        patch(alice, "/api/auth/me/", Map.of("email", "alice@elsewhere.example", "current_password", PASSWORD))
                .expect(200);

        check(token).expectInvalid("token");
    }

    @Test
    void aCheckSaysAnExpiredTokenNoLongerWorks() throws Exception {
        register("alice");
        requestReset("alice@example.org", null).expect(202);
        String token = tokenIn(onlyMail());

        clock.advance(Duration.ofMinutes(61));

        check(token).expectInvalid("token");
    }

    @Test
    void aTokenExpiresAfterAnHour() throws Exception {
        register("alice");
        requestReset("alice@example.org", null).expect(202);
        String token = tokenIn(onlyMail());

        clock.advance(Duration.ofMinutes(61));

        assertThat(confirm(token, NEW_PASSWORD).expectInvalid("token")
                .errors().get("token")).containsExactly(PasswordResets.INVALID_TOKEN);
        loginWith("alice", PASSWORD).expect(200);
    }

    @Test
    void aTokenStillWorksJustBeforeTheHourIsOver() throws Exception {
        register("alice");
        requestReset("alice@example.org", null).expect(202);
        String token = tokenIn(onlyMail());

        clock.advance(Duration.ofMinutes(59));

        confirm(token, NEW_PASSWORD).expect(204);
    }

    @Test
    void forgedTokensAreRefusedOnToken() throws Exception {
        register("alice");
        requestReset("alice@example.org", null).expect(202);
        String token = tokenIn(onlyMail());
        String altered = (token.charAt(0) == 'A' ? 'B' : 'A') + token.substring(1);

        for (String forged : List.of(altered, SecretTokens.generate(), "not-a-token", "", SecretTokens.digest(token))) {
            confirm(forged, NEW_PASSWORD).expectInvalid("token");
        }
        confirm("x".repeat(101), NEW_PASSWORD).expectInvalid("token");
        post(null, "/api/auth/password/reset/confirm/", Map.of()).expectInvalid("token").expectInvalid("new_password");

        loginWith("alice", PASSWORD).expect(200);
        confirm(token, NEW_PASSWORD).expect(204);
    }

    @Test
    void aPasswordChangeVoidsOutstandingTokens() throws Exception {
        Session alice = user("alice");
        requestReset("alice@example.org", null).expect(202);
        String token = tokenIn(onlyMail());

        post(alice, "/api/auth/password/", Map.of("old_password", PASSWORD, "new_password", NEW_PASSWORD)).expect(204);

        confirm(token, "Third-Passphrase-99").expectInvalid("token");
        loginWith("alice", NEW_PASSWORD).expect(200);
    }

    @Test
    void aChangeOfEmailAddressVoidsOutstandingTokens() throws Exception {
        Session alice = user("alice");
        requestReset("alice@example.org", null).expect(202);
        String token = tokenIn(onlyMail());

        patch(alice, "/api/auth/me/", Map.of("email", "alice@example.net", "current_password", PASSWORD)).expect(200);

        confirm(token, NEW_PASSWORD).expectInvalid("token");
    }

    @Test
    void aNewPasswordThePolicyRefusesLeavesTheTokenUsable() throws Exception {
        register("alice");
        requestReset("alice@example.org", null).expect(202);
        String token = tokenIn(onlyMail());

        confirm(token, "password123").expectInvalid("new_password");
        confirm(token, "alice-1").expectInvalid("new_password");

        confirm(token, NEW_PASSWORD).expect(204);
    }

    @Test
    void anUnknownOrInactiveAddressIsAnsweredTheSameAndGetsNoMail() throws Exception {
        long bob = register("bob");
        jdbc.update("UPDATE users SET active = FALSE WHERE id = ?", bob);
        register("alice");

        requestReset("nobody@example.org", null).expect(202);
        requestReset("bob@example.org", null).expect(202);
        // the mails go out in order, one after the other: once alice's is there, the others' turn has passed
        requestReset("alice@example.org", null).expect(202);

        MimeMessage mail = onlyMail();
        assertThat(mail.getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
                .containsExactly("alice@example.org");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM password_reset_tokens", Long.class)).isOne();
    }

    @Test
    void onlyTheTokensDigestIsStored() throws Exception {
        register("alice");
        requestReset("alice@example.org", null).expect(202);
        String token = tokenIn(onlyMail());

        assertThat(jdbc.queryForList("SELECT token_hash FROM password_reset_tokens", String.class))
                .containsExactly(SecretTokens.digest(token));
    }

    @Test
    void theMailIsInTheRequestsLanguage() throws Exception {
        register("alice");

        requestReset("alice@example.org", "de-DE, fr-CA;q=0.8, en;q=0.5").expect(202);
        MimeMessage french = onlyMail();
        assertThat(french.getSubject()).isEqualTo("Réinitialisez votre mot de passe Readtrack");
        assertThat(text(french)).contains("Bonjour alice,").contains("Quelqu’un").contains("60 minutes");

        mailServer.purgeEmailFromAllMailboxes();
        requestReset("alice@example.org", "de").expect(202);
        assertThat(onlyMail().getSubject()).isEqualTo("Reset your Readtrack password");
    }

    @Test
    void theMailIsInTheLanguageTheAccountChoseWhateverTheRequestSays() throws Exception {
        Session alice = user("alice");
        patch(alice, "/api/auth/me/", Map.of("preferences", Map.of("language", "fr"))).expect(200);

        requestReset("alice@example.org", "en-GB").expect(202);

        assertThat(onlyMail().getSubject()).isEqualTo("Réinitialisez votre mot de passe Readtrack");
    }

    @Test
    void anInvalidAddressIsRefused() {
        post(null, "/api/auth/password/reset/", Map.of()).expectInvalid("email");
        post(null, "/api/auth/password/reset/", Map.of("email", "not an address")).expectInvalid("email");
        post(null, "/api/auth/password/reset/", Map.of("email", "a".repeat(250) + "@example.org"))
                .expectInvalid("email");
    }

    @Test
    void theConfigurationSaysResetByMailIsOn() {
        Reply config = get(null, "/api/config/").expect(200);

        assertThat(config.json()).isEqualTo(Map.of("registration", "open", "password_reset", true));
    }

    private Reply requestReset(String email, String acceptLanguage) {
        var request = http.post().uri("/api/auth/password/reset/").contentType(MediaType.APPLICATION_JSON);
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        var result = request.body(Map.of("email", email)).exchange().returnResult(byte[].class);
        byte[] body = result.getResponseBody();
        return new Reply("POST " + result.getUrl(), result.getStatus().value(), result.getResponseHeaders(),
                body == null ? "" : new String(body, java.nio.charset.StandardCharsets.UTF_8));
    }

    private Reply confirm(String token, String newPassword) {
        return post(null, "/api/auth/password/reset/confirm/", Map.of("token", token, "new_password", newPassword));
    }

    private Reply check(String token) {
        return post(null, "/api/auth/password/reset/check/", Map.of("token", token));
    }

    private Reply loginWith(String username, String password) {
        return call(HttpMethod.POST, null, "/api/auth/login/", Map.of("username", username, "password", password));
    }

    /** The one mail received; fails when none comes within seconds, or more than one came. */
    private MimeMessage onlyMail() {
        assertThat(mailServer.waitForIncomingEmail(5000, 1)).as("a mail arrives").isTrue();
        MimeMessage[] mails = mailServer.getReceivedMessages();
        assertThat(mails).hasSize(1);
        return mails[0];
    }

    private static String text(MimeMessage mail) throws Exception {
        return (String) mail.getContent();
    }

    private static String tokenIn(MimeMessage mail) throws Exception {
        Matcher link = LINK.matcher(text(mail));
        assertThat(link.find()).as("a reset link in %s", text(mail)).isTrue();
        return link.group(1);
    }
}
