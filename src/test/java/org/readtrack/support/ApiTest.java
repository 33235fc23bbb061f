package org.readtrack.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * Base of the HTTP-level tests: a real server on a random port, a client for it, an empty database before
 * each test, and shortcuts to create accounts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(RequiresSelectedDatabase.class)
@Import({SqlStatementCounter.class, TestClockConfiguration.class})
public abstract class ApiTest {

    /** Satisfies the password policy for any of the usernames the tests use. */
    public static final String PASSWORD = "Sturdy-Passphrase-42";

    /** Children first, so that deleting never trips a foreign key. */
    private static final List<String> TABLES =
            List.of("progress", "chapters", "contents", "categories", "refresh_tokens", "password_reset_tokens",
                    "invitations", "users");

    protected static final ParameterizedTypeReference<Map<String, Object>> JSON_OBJECT =
            new ParameterizedTypeReference<>() {
            };

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcTemplate jdbc;

    /** The application's clock: {@link MutableClock#advance} it to make "later" certain without waiting. */
    @Autowired
    protected MutableClock clock;

    protected RestTestClient http;

    private ServerMessagesSeen messages;

    private DocumentedStatuses statuses;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @BeforeEach
    void startClean() {
        messages = new ServerMessagesSeen();
        statuses = new DocumentedStatuses();
        http = RestTestClient.bindToServer().baseUrl(baseUrl())
                .entityExchangeResultConsumer(messages.andThen(statuses)).build();
        clock.reset();
        for (String table : TABLES) {
            jdbc.update("DELETE FROM " + table);
        }
    }

    /** Every server message this test's client read is one the web app can show in the reader's language. */
    @AfterEach
    void messagesKnownToTheWebApp() {
        assertThat(messages.unknownToWebApp())
                .as("server messages missing from frontend/src/locales/*/server.json (a French reader would see them"
                        + " in English)")
                .isEmpty();
    }

    /** Every status this test's client read is one the OpenAPI document lists for its operation. */
    @AfterEach
    void statusesDocumented() {
        assertThat(statuses.seen())
                .as("answers whose status the OpenAPI document does not list for their operation (frontend/src/api/"
                        + "openapi.json, kept equal to the served document by WebAppSchemaTest)")
                .isEmpty();
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }

    /** An account with its tokens. */
    public record Session(long id, String username, String access, String refresh) {
        public String bearer() {
            return "Bearer " + access;
        }
    }

    protected long register(String username) {
        Map<String, Object> user = http.post().uri("/api/auth/register/").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("username", username, "email", username + "@example.org", "password", PASSWORD))
                .exchange()
                .expectStatus().isCreated()
                .expectBody(JSON_OBJECT).returnResult().getResponseBody();
        return ((Number) user.get("id")).longValue();
    }

    protected Session login(String username, long id) {
        Map<String, Object> tokens = http.post().uri("/api/auth/login/").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("username", username, "password", PASSWORD))
                .exchange()
                .expectStatus().isOk()
                .expectBody(JSON_OBJECT).returnResult().getResponseBody();
        return new Session(id, username, (String) tokens.get("access"), (String) tokens.get("refresh"));
    }

    /** Registers and logs in an ordinary user. */
    protected Session user(String username) {
        return login(username, register(username));
    }

    /** Registers a user, promotes it to administrator, and logs it in. */
    protected Session admin(String username) {
        long id = register(username);
        jdbc.update("UPDATE users SET role = 'admin' WHERE id = ?", id);
        return login(username, id);
    }
}
