package org.readtrack.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.web.util.DefaultUriBuilderFactory;

import tools.jackson.databind.json.JsonMapper;

/**
 * Base of the catalog and progress tests: one call per request ({@link #call}) that answers with the status,
 * headers, parsed and raw body, so that a failed expectation shows what the server said; and
 * {@link CatalogFixtures} to create test data as an administrator.
 */
public abstract class CatalogApiTest extends ApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient RAW = HttpClient.newHttpClient();

    /** Shorthand to build JSON bodies that may hold nulls (Map.of refuses them). */
    protected static Map<String, Object> body(Object... keysAndValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            body.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return body;
    }

    protected CatalogFixtures fixtures(Session admin) {
        return new CatalogFixtures(this, admin);
    }

    protected Reply get(Session caller, String uri, Object... variables) {
        return call(HttpMethod.GET, caller, uri, null, variables);
    }

    protected Reply post(Session caller, String uri, Object body, Object... variables) {
        return call(HttpMethod.POST, caller, uri, body, variables);
    }

    protected Reply put(Session caller, String uri, Object body, Object... variables) {
        return call(HttpMethod.PUT, caller, uri, body, variables);
    }

    protected Reply patch(Session caller, String uri, Object body, Object... variables) {
        return call(HttpMethod.PATCH, caller, uri, body, variables);
    }

    protected Reply delete(Session caller, String uri, Object... variables) {
        return call(HttpMethod.DELETE, caller, uri, null, variables);
    }

    /**
     * One request. {@code caller} null sends no token; a {@code String} body is sent as is (for malformed JSON),
     * anything else as JSON.
     */
    protected Reply call(HttpMethod method, Session caller, String uri, Object body, Object... variables) {
        return call(http, method, caller, uri, body, variables);
    }

    /** A raw body of this media type (an image upload); {@code caller} null sends no token. */
    protected Reply send(HttpMethod method, Session caller, String uri, String mediaType, byte[] body,
            Object... variables) {
        return send(method, caller, Map.of(), uri, mediaType, body, variables);
    }

    /** A raw body of this media type, with these request headers besides the token. */
    protected Reply send(HttpMethod method, Session caller, Map<String, String> headers, String uri, String mediaType,
            byte[] body, Object... variables) {
        RestTestClient.RequestBodySpec request = http.method(method).uri(uri, variables);
        if (caller != null) {
            request.header(HttpHeaders.AUTHORIZATION, caller.bearer());
        }
        headers.forEach(request::header);
        return reply(method, request.contentType(MediaType.parseMediaType(mediaType)).body(body).exchange());
    }

    /**
     * A raw body without a Content-Type header, as a client that forgets it sends (the test client names one for
     * any body); an empty body is sent as none ({@code Content-Length: 0}).
     */
    protected Reply sendWithoutContentType(HttpMethod method, Session caller, String uri, byte[] body,
            Object... variables) {
        HttpRequest.Builder request = HttpRequest.newBuilder(new DefaultUriBuilderFactory(baseUrl()).expand(uri, variables))
                .method(method.name(), HttpRequest.BodyPublishers.ofByteArray(body));
        if (caller != null) {
            request.header(HttpHeaders.AUTHORIZATION, caller.bearer());
        }
        try {
            HttpResponse<String> response = RAW.send(request.build(), HttpResponse.BodyHandlers.ofString());
            HttpHeaders headers = new HttpHeaders();
            response.headers().map().forEach(headers::addAll);
            return new Reply(method + " " + response.uri(), response.statusCode(), headers, response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A GET with this {@code Host} header, over a raw socket: client libraries write that header themselves. */
    protected Reply getWithHost(Session caller, String host, String uri) {
        return callWithHost(HttpMethod.GET, caller, host, uri, null);
    }

    /**
     * A request with this {@code Host} header and this JSON body (null for none); {@code caller} null sends no
     * token.
     */
    protected Reply callWithHost(HttpMethod method, Session caller, String host, String uri, String json) {
        byte[] body = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(method.name() + " " + uri + " HTTP/1.0\r\nHost: " + host + "\r\n");
        if (caller != null) {
            head.append(HttpHeaders.AUTHORIZATION + ": " + caller.bearer() + "\r\n");
        }
        if (json != null) {
            head.append("Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n");
        }
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            // HTTP/1.0: the answer ends with the connection, never chunked
            socket.getOutputStream().write((head + "\r\n").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().write(body);
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int bodyStart = response.indexOf("\r\n\r\n");
            String[] lines = response.substring(0, bodyStart).split("\r\n");
            HttpHeaders headers = new HttpHeaders();
            for (String line : List.of(lines).subList(1, lines.length)) {
                int colon = line.indexOf(':');
                headers.add(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
            }
            return new Reply(method + " " + uri + " (Host: " + host + ")", Integer.parseInt(lines[0].split(" ")[1]),
                    headers, response.substring(bodyStart + 4));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Reply call(RestTestClient client, HttpMethod method, Session caller, String uri, Object body,
            Object... variables) {
        RestTestClient.RequestBodySpec request = client.method(method).uri(uri, variables);
        if (caller != null) {
            request.header(HttpHeaders.AUTHORIZATION, caller.bearer());
        }
        RestTestClient.ResponseSpec response;
        if (body != null) {
            response = request.contentType(MediaType.APPLICATION_JSON).body(body).exchange();
        } else {
            response = request.exchange();
        }
        return reply(method, response);
    }

    private static Reply reply(HttpMethod method, RestTestClient.ResponseSpec response) {
        EntityExchangeResult<byte[]> result = response.returnResult(byte[].class);
        byte[] content = result.getResponseBody();
        String raw = content == null ? "" : new String(content, StandardCharsets.UTF_8);
        return new Reply(method + " " + result.getUrl(), result.getStatus().value(), result.getResponseHeaders(), raw);
    }

    /** Sends the requests at the same moment (as near as threads allow) and answers their replies in order. */
    @SafeVarargs
    protected static List<Reply> simultaneously(Callable<Reply>... requests) throws Exception {
        CyclicBarrier start = new CyclicBarrier(requests.length);
        ExecutorService pool = Executors.newFixedThreadPool(requests.length);
        try {
            List<Future<Reply>> replies = new ArrayList<>();
            for (Callable<Reply> request : requests) {
                replies.add(pool.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    return request.call();
                }));
            }
            List<Reply> answers = new ArrayList<>();
            for (Future<Reply> reply : replies) {
                answers.add(reply.get(120, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    /** What the server answered. */
    public record Reply(String request, int status, HttpHeaders headers, String raw) {

        /** The body as a JSON object (empty for an empty body). */
        public Map<String, Object> json() {
            if (raw.isBlank()) {
                return Map.of();
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> map = JSON.readValue(raw, Map.class);
            return map;
        }

        public Object get(String field) {
            return json().get(field);
        }

        public String string(String field) {
            return (String) json().get(field);
        }

        /** A timestamp field; compare these, not their text (trailing zeros of the fraction are left out). */
        public Instant instant(String field) {
            return Instant.parse(string(field));
        }

        public long id() {
            return number("id");
        }

        public long number(String field) {
            Object value = json().get(field);
            assertThat(value).as("%s in %s", field, this).isInstanceOf(Number.class);
            return ((Number) value).longValue();
        }

        @SuppressWarnings("unchecked")
        public Map<String, Object> object(String field) {
            return (Map<String, Object>) json().get(field);
        }

        @SuppressWarnings("unchecked")
        public List<Map<String, Object>> results() {
            return (List<Map<String, Object>>) json().get("results");
        }

        /** The {@code results} of a list, one field of each. */
        public List<Object> results(String field) {
            return results().stream().map(result -> result.get(field)).toList();
        }

        @SuppressWarnings("unchecked")
        public Map<String, List<String>> errors() {
            return (Map<String, List<String>>) json().get("errors");
        }

        public Reply expect(int expected) {
            assertThat(status).as("status of %s", this).isEqualTo(expected);
            return this;
        }

        /**
         * An RFC 9457 problem: this status, {@code application/problem+json}, and every member the contract names.
         */
        public Reply expectProblem(int expected) {
            expect(expected);
            assertThat(headers.getContentType()).as("content type of %s", this)
                    .isNotNull()
                    .matches(type -> type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON), "problem+json");
            Map<String, Object> problem = json();
            assertThat(problem).as("problem of %s", this).containsKeys("type", "title", "status", "detail", "instance");
            assertThat(problem.get("status")).as("status member of %s", this).isEqualTo(expected);
            assertThat(problem.get("title")).as("title of %s", this).isInstanceOf(String.class);
            assertThat((String) problem.get("detail")).as("detail of %s", this).isNotBlank();
            assertThat((String) problem.get("instance")).as("instance of %s", this).startsWith("/api/");
            return this;
        }

        /** 400 naming {@code field} in {@code errors}, with at least one message. */
        public Reply expectInvalid(String field) {
            expectProblem(400);
            assertThat(errors()).as("errors of %s", this).isNotNull().containsKey(field);
            assertThat(errors().get(field)).as("messages for %s in %s", field, this).isNotEmpty()
                    .allSatisfy(message -> assertThat(message).isNotBlank());
            return this;
        }

        /** 409 naming {@code field} in {@code errors}. */
        public Reply expectConflictOn(String field) {
            expectProblem(409);
            assertThat(errors()).as("errors of %s", this).isNotNull().containsKey(field);
            return this;
        }

        @Override
        public String toString() {
            return request + " → " + status + " " + raw;
        }
    }
}
