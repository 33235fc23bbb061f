package org.readtrack.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.readtrack.support.ApiTest;
import org.readtrack.support.CatalogApiTest.Reply;
import org.readtrack.support.TcpProxy;
import org.readtrack.support.TestDatabase;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * PostgreSQL going away and coming back, through a TCP proxy that the test cuts: requests are answered 503
 * with {@code Retry-After} in a few seconds instead of hanging for 30 and answering 500, readiness says DOWN,
 * the outage is logged once (not a stack trace per request), and the service recovers without a restart.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "readtrack.database.pool-size=2")
@ActiveProfiles("test")
// a context of its own: closed afterwards, so that its connections do not count against PostgreSQL's limit
@DirtiesContext
class DatabaseOutageTest {

    private static final String PASSWORD = ApiTest.PASSWORD;
    private static TcpProxy proxy;

    @LocalServerPort
    private int port;

    @Autowired
    private JdbcTemplate jdbc;

    private RestTestClient http;

    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeAll
    static void onPostgresqlOnly() {
        assumeTrue(TestDatabase.isPostgresql(), "a PostgreSQL outage");
    }

    @DynamicPropertySource
    static void throughTheProxy(DynamicPropertyRegistry registry) throws IOException {
        if (TestDatabase.isPostgresql()) {
            proxy = new TcpProxy("127.0.0.1", 5432);
            TestDatabase.register(registry, "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/");
        }
    }

    @AfterAll
    static void closeProxy() {
        if (proxy != null) {
            proxy.close();
        }
    }

    @BeforeEach
    void captureLogs() {
        http = RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
        for (String table : List.of("progress", "chapters", "contents", "categories", "refresh_tokens", "users")) {
            jdbc.update("DELETE FROM " + table);
        }
        logged.start();
        root().addAppender(logged);
    }

    @AfterEach
    void restoreDatabase() {
        proxy.restore();
        root().detachAppender(logged);
    }

    @Test
    void anOutageAnswers503QuicklyIsLoggedOnceAndEndsByItself() {
        String admin = login("admin");
        jdbc.update("UPDATE users SET role = 'admin' WHERE username = 'admin'");
        long category = ((Number) call(HttpMethod.POST, admin, "/api/categories/", Map.of("name", "Manga"))
                .expect(201).get("id")).longValue();
        long content = ((Number) call(HttpMethod.POST, admin, "/api/contents/",
                Map.of("title", "One Piece", "feature_category", category)).expect(201).get("id")).longValue();
        String reader = login("reader");
        get(reader, "/api/chapters/?content={id}", content).expect(200); // the reader's account is now cached
        String stranger = login("stranger"); // never called with: its account is read when it first is
        logged.list.clear();

        proxy.cut();

        long start = System.nanoTime();
        Reply outage = get(reader, "/api/chapters/?content={id}", content);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        expectUnavailable(outage);
        assertThat(took).as("time to answer during the outage").isLessThan(Duration.ofSeconds(5));
        // the account lookup of a token happens in the security filters, before any controller
        expectUnavailable(get(stranger, "/api/chapters/?content={id}", content));
        expectUnavailable(post(null, "/api/auth/login/", Map.of("username", "reader", "password", PASSWORD)));
        start = System.nanoTime();
        http.get().uri("/actuator/health/readiness").exchange().expectStatus().isEqualTo(503);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("time to say DOWN").isLessThan(Duration.ofSeconds(5));

        List<ILoggingEvent> warnings = events(Level.WARN);
        assertThat(warnings).as("lines logged at WARN or above during the outage").hasSize(1);
        assertThat(warnings.get(0).getFormattedMessage()).contains("database");
        assertThat(warnings.get(0).getThrowableProxy()).as("a stack trace").isNull();

        proxy.restore();

        waitFor(() -> get(reader, "/api/chapters/?content={id}", content).status() == 200);
        get(stranger, "/api/chapters/?content={id}", content).expect(200);
        http.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
        waitFor(() -> logged.list.stream().anyMatch(e -> e.getLevel() == Level.INFO
                && e.getLoggerName().equals("org.readtrack.database.DatabaseOutage")));
        assertThat(events(Level.WARN)).as("lines logged at WARN or above in all").hasSize(1);
    }

    /** Registers an account and answers its access token. */
    private String login(String username) {
        call(HttpMethod.POST, null, "/api/auth/register/",
                Map.of("username", username, "email", username + "@example.org", "password", PASSWORD)).expect(201);
        return (String) call(HttpMethod.POST, null, "/api/auth/login/",
                Map.of("username", username, "password", PASSWORD)).expect(200).get("access");
    }

    private Reply get(String token, String uri, Object... variables) {
        return call(HttpMethod.GET, token, uri, null, variables);
    }

    private Reply post(String token, String uri, Object body) {
        return call(HttpMethod.POST, token, uri, body);
    }

    private Reply call(HttpMethod method, String token, String uri, Object body, Object... variables) {
        RestTestClient.RequestBodySpec request = http.method(method).uri(uri, variables);
        if (token != null) {
            request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        EntityExchangeResult<byte[]> result = request.exchange().returnResult(byte[].class);
        byte[] content = result.getResponseBody();
        return new Reply(method + " " + uri, result.getStatus().value(), result.getResponseHeaders(),
                content == null ? "" : new String(content, StandardCharsets.UTF_8));
    }

    private static void expectUnavailable(Reply reply) {
        reply.expectProblem(503);
        assertThat(reply.headers().getFirst(HttpHeaders.RETRY_AFTER)).as("Retry-After of %s", reply)
                .isNotNull().matches("[1-9][0-9]*");
    }

    private List<ILoggingEvent> events(Level atLeast) {
        return logged.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(atLeast)).toList();
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    /** Polls a condition for up to 20 s: recovery takes as long as the pool needs to reconnect. */
    private static void waitFor(BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("still waiting after 20 s").isLessThan(deadline);
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
        }
    }
}
