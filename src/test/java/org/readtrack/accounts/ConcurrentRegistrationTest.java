package org.readtrack.accounts;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.readtrack.support.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two registrations racing for one name must not both win: the database's unique keys settle what the
 * existence checks could not see, and the loser gets the same 409 as a sequential duplicate.
 */
class ConcurrentRegistrationTest extends ApiTest {

    private static final int ROUNDS = 8;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void simultaneousRegistrationsOfOneUsernameCreateExactlyOneAccount() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String username = "racer" + round;
            List<HttpResponse<String>> responses = race(
                    registration(username, "first" + round + "@example.org"),
                    registration(username.toUpperCase(), "second" + round + "@example.org"));

            assertOneCreatedAndOneRefused(responses, "username");
            assertThat(jdbc.queryForObject("SELECT count(*) FROM users WHERE username_key = ?", Long.class, username))
                    .as("accounts named %s", username).isEqualTo(1);
        }
    }

    @Test
    void simultaneousRegistrationsOfOneEmailCreateExactlyOneAccount() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String email = "shared" + round + "@example.org";
            List<HttpResponse<String>> responses = race(
                    registration("left" + round, email),
                    registration("right" + round, email.toUpperCase()));

            assertOneCreatedAndOneRefused(responses, "email");
            assertThat(jdbc.queryForObject("SELECT count(*) FROM users WHERE email_key = ?", Long.class, email))
                    .as("accounts with %s", email).isEqualTo(1);
        }
    }

    private static void assertOneCreatedAndOneRefused(List<HttpResponse<String>> responses, String field) {
        List<Integer> statuses = responses.stream().map(HttpResponse::statusCode).sorted().toList();
        assertThat(statuses).as("statuses").containsExactly(201, 409);
        HttpResponse<String> refused = responses.stream().filter(r -> r.statusCode() == 409).findFirst().orElseThrow();
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(refused.body()).contains("\"errors\"").contains("\"" + field + "\"");
    }

    /** Sends both requests at the same instant, each from its own thread. */
    private List<HttpResponse<String>> race(HttpRequest first, HttpRequest second) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
        for (HttpRequest request : List.of(first, second)) {
            sent.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                    return client.send(request, HttpResponse.BodyHandlers.ofString());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, threads));
        }
        List<HttpResponse<String>> responses = new ArrayList<>();
        for (CompletableFuture<HttpResponse<String>> response : sent) {
            responses.add(response.get());
        }
        return responses;
    }

    private HttpRequest registration(String username, String email) {
        String json = """
                {"username": "%s", "email": "%s", "password": "%s"}""".formatted(username, email, PASSWORD);
        return HttpRequest.newBuilder(URI.create(baseUrl() + "/api/auth/register/"))
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
    }
}
