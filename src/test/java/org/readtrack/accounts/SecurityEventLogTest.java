package org.readtrack.accounts;

import java.util.List;
import java.util.Map;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.readtrack.support.ApiTest;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/** Role, activation and password changes, deletions and logouts from everywhere leave one line each on {@code readtrack.security}. */
class SecurityEventLogTest extends ApiTest {

    private static final String NEW_PASSWORD = "Another-Passphrase-77";

    private final Logger logger = (Logger) LoggerFactory.getLogger("readtrack.security");
    private final ListAppender<ILoggingEvent> events = new ListAppender<>();
    private Level level;

    @BeforeEach
    void listen() {
        level = logger.getLevel();
        logger.setLevel(Level.INFO);
        events.start();
        logger.addAppender(events);
    }

    @AfterEach
    void stopListening() {
        logger.detachAppender(events);
        logger.setLevel(level);
    }

    @Test
    void roleAndActivationChangesSayWhoChangedWhomFromWhatToWhat() {
        Session root = admin("root");
        long alice = register("alice");

        patchUser(root, alice, Map.of("role", "admin"));
        patchUser(root, alice, Map.of("is_active", false, "role", "admin"));
        patchUser(root, alice, Map.of("is_active", true, "first_name", "Alice"));

        assertThat(lines()).containsExactly(
                "Administrator " + root.id() + " changed the role of account " + alice + " (alice): user -> admin",
                "Administrator " + root.id() + " deactivated account " + alice + " (alice): active true -> false",
                "Administrator " + root.id() + " reactivated account " + alice + " (alice): active false -> true");
    }

    @Test
    void deletionIsLogged() {
        Session root = admin("root");
        long alice = register("alice");

        http.delete().uri("/api/users/{id}/", alice).header("Authorization", root.bearer()).exchange()
                .expectStatus().isNoContent();

        assertThat(lines()).containsExactly("Administrator " + root.id() + " deleted account " + alice + " (alice)");
    }

    @Test
    void passwordChangeAndLogoutEverywhereAreLoggedWithoutAnySecret() {
        Session alice = user("alice");

        http.post().uri("/api/auth/password/").header("Authorization", alice.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("old_password", PASSWORD, "new_password", NEW_PASSWORD)).exchange()
                .expectStatus().isNoContent();
        Session again = loginWith(alice.id(), NEW_PASSWORD);
        http.post().uri("/api/auth/logout-everywhere/").header("Authorization", again.bearer()).exchange()
                .expectStatus().isNoContent();

        assertThat(lines()).containsExactly(
                "Account " + alice.id() + " (alice) changed its password; every session of the account ended",
                "Account " + alice.id() + " (alice) logged out everywhere");
        assertThat(String.join("\n", lines())).doesNotContain(PASSWORD, NEW_PASSWORD, alice.access(), again.access());
    }

    private List<String> lines() {
        return events.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }

    private void patchUser(Session admin, long id, Map<String, Object> body) {
        http.patch().uri("/api/users/{id}/", id).header("Authorization", admin.bearer())
                .contentType(MediaType.APPLICATION_JSON).body(body).exchange()
                .expectStatus().isOk();
    }

    private Session loginWith(long id, String password) {
        Map<String, Object> tokens = http.post().uri("/api/auth/login/").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("username", "alice", "password", password)).exchange()
                .expectStatus().isOk().expectBody(JSON_OBJECT).returnResult().getResponseBody();
        return new Session(id, "alice", (String) tokens.get("access"), (String) tokens.get("refresh"));
    }
}
