package org.readtrack.accounts;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.readtrack.security.Role;
import org.readtrack.support.CatalogApiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code READTRACK_REGISTRATION=invite}: registering needs an invitation (403 without one); one that cannot be
 * used is a 400 on {@code invitation} (on {@code email} when it is for another address), and nothing is created.
 */
@TestPropertySource(properties = "readtrack.registration.mode=invite")
class InviteOnlyRegistrationTest extends CatalogApiTest {

    @Autowired
    private Accounts accounts;

    @Test
    void anInvitationLetsItsHolderRegisterOnce() {
        Session admin = administrator("root");
        Reply invitation = post(admin, "/api/invitations/", null).expect(201);

        Reply registered = register("alice", "alice@example.org", invitation.string("token")).expect(201);

        assertThat(registered.string("username")).isEqualTo("alice");
        Map<String, Object> listed = get(admin, "/api/invitations/").expect(200).results().get(0);
        assertThat(listed.get("used_at")).isNotNull();
        assertThat(jdbc.queryForObject("SELECT used_by FROM invitations", Long.class)).isEqualTo(registered.id());

        assertThat(register("bob", "bob@example.org", invitation.string("token")).expectInvalid("invitation")
                .errors().get("invitation")).containsExactly(Invitations.USED);
        assertThat(accounts()).isEqualTo(2);
    }

    @Test
    void withoutAnInvitationRegistrationIsForbidden() {
        Reply refused = post(null, "/api/auth/register/", body("username", "alice", "email", "alice@example.org",
                "password", PASSWORD)).expectProblem(403);

        assertThat(refused.string("detail")).isEqualTo(RegistrationPolicy.INVITATION_NEEDED);
        register("alice", "alice@example.org", "").expectProblem(403);
        assertThat(accounts()).isZero();
    }

    @Test
    void anUnknownInvitationIsRefused() {
        assertThat(register("alice", "alice@example.org", SecretTokens.generate()).expectInvalid("invitation")
                .errors().get("invitation")).containsExactly(Invitations.UNKNOWN);
        assertThat(accounts()).isZero();
    }

    @Test
    void anExpiredInvitationIsRefused() {
        Session admin = administrator("root");
        String token = post(admin, "/api/invitations/", Map.of("expires_in_days", 2)).expect(201).string("token");

        clock.advance(Duration.ofDays(2).plusSeconds(1));

        assertThat(register("alice", "alice@example.org", token).expectInvalid("invitation")
                .errors().get("invitation")).containsExactly(Invitations.EXPIRED);
        assertThat(accounts()).isOne();
    }

    @Test
    void aRevokedInvitationIsRefused() {
        Session admin = administrator("root");
        Reply invitation = post(admin, "/api/invitations/", null).expect(201);
        delete(admin, "/api/invitations/{id}/", invitation.id()).expect(204);

        assertThat(register("alice", "alice@example.org", invitation.string("token")).expectInvalid("invitation")
                .errors().get("invitation")).containsExactly(Invitations.REVOKED);
        assertThat(accounts()).isOne();
    }

    @Test
    void anInvitationForAnAddressTakesThatAddressOnlyInAnyCase() {
        Session admin = administrator("root");
        String token = post(admin, "/api/invitations/", Map.of("email", "Alice@Example.org")).expect(201)
                .string("token");

        assertThat(register("mallory", "mallory@example.org", token).expectInvalid("email")
                .errors().get("email")).containsExactly(Invitations.OTHER_EMAIL);
        assertThat(accounts()).isOne();

        register("alice", "alice@EXAMPLE.org", token).expect(201);
    }

    @Test
    void aRegistrationThatFailsLeavesTheInvitationUnused() {
        Session admin = administrator("root");
        String token = post(admin, "/api/invitations/", null).expect(201).string("token");

        register("root", "someone@example.org", token).expectConflictOn("username");
        register("alice", "alice@example.org", token).expect(201);
    }

    @Test
    void badDetailsAreReportedBeforeTheInvitationIsUsed() {
        Session admin = administrator("root");
        String token = post(admin, "/api/invitations/", null).expect(201).string("token");

        register("alice", "not an address", token).expectInvalid("email");
        register("alice", "alice@example.org", token).expect(201);
    }

    @Test
    void twoRegistrationsRacingForOneInvitationCreateOneAccount() throws Exception {
        Session admin = administrator("root");
        String token = post(admin, "/api/invitations/", null).expect(201).string("token");
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            // both pass the early check; the second to reach the database finds the invitation used, and its
            // account, already inserted in the same transaction, is rolled back
            List<Future<Reply>> racing = new ArrayList<>();
            for (String name : List.of("left", "right")) {
                racing.add(threads.submit(() -> {
                    start.await();
                    return register(name, name + "@example.org", token);
                }));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Reply> reply : racing) {
                statuses.add(reply.get(30, TimeUnit.SECONDS).status());
            }

            assertThat(statuses).containsExactlyInAnyOrder(201, 400);
            assertThat(accounts()).isEqualTo(2);
            assertThat(jdbc.queryForObject("SELECT count(*) FROM users WHERE id = (SELECT used_by FROM invitations)",
                    Long.class)).isOne();
        } finally {
            threads.shutdownNow();
        }
    }

    /** The page a link opens asks first: who the invitation is for, or why it cannot be used, and nothing is used. */
    @Test
    void anInvitationsLinkIsCheckedWithoutUsingIt() {
        Session admin = administrator("root");
        Reply forAlice = post(admin, "/api/invitations/", Map.of("email", "Alice@Example.org")).expect(201);
        Reply forAnyone = post(admin, "/api/invitations/", null).expect(201);
        Reply revoked = post(admin, "/api/invitations/", null).expect(201);
        delete(admin, "/api/invitations/{id}/", revoked.id()).expect(204);

        Reply alice = checkLink(forAlice.string("token")).expect(200);
        assertThat(alice.string("email")).isEqualTo("Alice@Example.org");
        assertThat(alice.string("expires_at")).isEqualTo(forAlice.string("expires_at"));
        assertThat(checkLink(forAnyone.string("token")).expect(200).json()).containsEntry("email", null);
        assertThat(checkLink(revoked.string("token")).expectInvalid("invitation").errors().get("invitation"))
                .containsExactly(Invitations.REVOKED);
        assertThat(checkLink(SecretTokens.generate()).expectInvalid("invitation").errors().get("invitation"))
                .containsExactly(Invitations.UNKNOWN);
        post(null, "/api/auth/register/check/", Map.of()).expectInvalid("invitation");

        // checked twice, still unused
        checkLink(forAlice.string("token")).expect(200);
        register("alice", "alice@example.org", forAlice.string("token")).expect(201);
        assertThat(checkLink(forAlice.string("token")).expectInvalid("invitation").errors().get("invitation"))
                .containsExactly(Invitations.USED);
    }

    @Test
    void theConfigurationSaysRegistrationIsByInvitation() {
        assertThat(get(null, "/api/config/").expect(200).string("registration")).isEqualTo("invite");
    }

    private Reply register(String username, String email, String invitation) {
        Map<String, Object> request = new LinkedHashMap<>(Map.of("username", username, "email", email,
                "password", PASSWORD));
        request.put("invitation", invitation);
        return post(null, "/api/auth/register/", request);
    }

    private Reply checkLink(String invitation) {
        return post(null, "/api/auth/register/check/", Map.of("invitation", invitation));
    }

    private long accounts() {
        return jdbc.queryForObject("SELECT count(*) FROM users", Long.class);
    }

    /** Registration through the API is not open here: the account is made as the command line makes it. */
    private Session administrator(String username) {
        Account account = accounts.register(new RegisterRequest(username, username + "@example.org", PASSWORD, "", ""),
                Role.ADMIN);
        return login(username, account.id());
    }
}
