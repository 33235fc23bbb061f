package org.readtrack.web;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.readtrack.support.ApiTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readtrack.support.ProblemResponses.expectInvalid;
import static org.readtrack.support.ProblemResponses.expectProblem;
import static org.readtrack.support.ProblemResponses.expectUnauthorized;

/** What clients get when they send something wrong: always an RFC 9457 problem, never the server's internals. */
class ErrorResponseTest extends ApiTest {

    private static final int ONE_MEGABYTE = 1024 * 1024;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void malformedJsonIsABadRequest() {
        expectProblem(postJson("/api/auth/login/", "{\"username\": \"alice\","), 400)
                .jsonPath("$.detail").value(String.class, detail -> assertThat(detail).startsWith("Malformed JSON"));
    }

    @Test
    void jsonArrayInsteadOfAnObjectIsABadRequest() {
        expectProblem(postJson("/api/auth/login/", "[{\"username\": \"alice\", \"password\": \"x\"}]"), 400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"alice\"", "42", "null", "true"})
    void jsonScalarInsteadOfAnObjectIsABadRequest(String json) {
        expectProblem(postJson("/api/auth/login/", json), 400);
    }

    @Test
    void emptyBodyIsABadRequest() {
        expectProblem(postJson("/api/auth/login/", ""), 400);
    }

    @Test
    void trailingContentAfterTheObjectIsABadRequest() {
        expectProblem(postJson("/api/auth/login/", "{\"username\": \"a\", \"password\": \"b\"} {}"), 400);
    }

    /** Like DRF's CharField, a number where text is expected is taken as its text. */
    @Test
    void numberForATextFieldIsTakenAsItsText() {
        postJson("/api/auth/register/",
                "{\"username\": 123, \"email\": \"n@example.org\", \"password\": \"" + PASSWORD + "\"}")
                .expectStatus().isCreated()
                .expectBody().jsonPath("$.username").isEqualTo("123");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"first\": \"x\"}", "[\"alice\"]"})
    void objectOrArrayForATextFieldIsRefusedOnThatField(String value) {
        expectInvalid(postJson("/api/auth/register/",
                "{\"username\": " + value + ", \"email\": \"n@example.org\", \"password\": \"" + PASSWORD + "\"}"),
                "username");
    }

    @Test
    void textForABooleanIsRefusedOnThatField() {
        Session root = admin("root");
        long alice = register("alice");

        expectInvalid(adminPatch(root, alice, "{\"is_active\": \"yes\"}"), "is_active");

        assertThat(jdbc.queryForObject("SELECT active FROM users WHERE id = ?", Boolean.class, alice)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "1", "11"})
    void numberForABooleanIsRefusedOnThatField(String number) {
        Session root = admin("root");
        long alice = register("alice");

        expectInvalid(adminPatch(root, alice, "{\"is_active\": " + number + "}"), "is_active")
                .jsonPath("$.errors.is_active[0]").isEqualTo("Must be a valid boolean.");

        assertThat(jdbc.queryForObject("SELECT active FROM users WHERE id = ?", Boolean.class, alice)).isTrue();
    }

    @Test
    void unknownRoleIsRefusedOnThatField() {
        Session root = admin("root");
        long alice = register("alice");

        expectInvalid(adminPatch(root, alice, "{\"role\": \"superuser\"}"), "role")
                .jsonPath("$.errors.role[0]").isEqualTo("\"superuser\" is not a valid choice.");

        assertThat(jdbc.queryForObject("SELECT role FROM users WHERE id = ?", String.class, alice)).isEqualTo("user");
    }

    /** Enum constants are matched by name only: their declaration order is not part of the API. */
    @ParameterizedTest
    @ValueSource(strings = {"1", "\"1\"", "0"})
    void numberForAChoiceIsRefusedOnThatField(String role) {
        Session root = admin("root");
        long alice = register("alice");

        expectInvalid(adminPatch(root, alice, "{\"role\": " + role + "}"), "role");

        assertThat(jdbc.queryForObject("SELECT role FROM users WHERE id = ?", String.class, alice)).isEqualTo("user");
    }

    /**
     * A form body is not read at all: Spring's form filter used to parse one on PUT, PATCH and DELETE before any
     * controller, and a malformed escape in it was a 500, for anyone, on any path.
     */
    @Test
    void aMalformedFormBodyIsNeverAServerError() {
        Session alice = user("alice");

        expectUnauthorized(http.patch().uri("/api/auth/me/").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body("%zz").exchange());
        expectProblem(http.patch().uri("/api/auth/me/").header("Authorization", alice.bearer())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body("%zz").exchange(), 415);
        expectProblem(http.put().uri("/api/no-such-thing/").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body("a=%G1").exchange(), 401);
    }

    /** Well-formed JSON with a number its field cannot hold: refused on that field, not called malformed. */
    @Test
    void aNumberTooLargeForItsFieldIsRefusedOnThatField() {
        Session root = admin("root");

        expectInvalid(http.post().uri("/api/invitations/").header("Authorization", root.bearer())
                .contentType(MediaType.APPLICATION_JSON).body("{\"expires_in_days\": 2147483648}").exchange(),
                "expires_in_days")
                .jsonPath("$.errors.expires_in_days[0]").isEqualTo("Ensure this value is between -2147483648 and 2147483647.");
        expectInvalid(http.post().uri("/api/chapters/").header("Authorization", root.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"content\": 9223372036854775808, \"chapter_number\": \"1\"}").exchange(), "content");
    }

    @Test
    void textPlainBodyIsAnUnsupportedMediaType() {
        expectProblem(http.post().uri("/api/auth/login/").contentType(MediaType.TEXT_PLAIN)
                .body("{\"username\": \"alice\", \"password\": \"x\"}").exchange(), 415);
    }

    /** A browser set to many languages sends them all: Tomcat refused more than 10 with a 500, on every path. */
    @Test
    void anAcceptLanguageOfManyLanguagesIsServed() {
        String eleven = "en-US,en;q=0.9,fr;q=0.8,de;q=0.7,es;q=0.6,it;q=0.5,pt;q=0.4,nl;q=0.3,ja;q=0.2,zh;q=0.1,ko;q=0.1";
        // as many as the request's headers can hold
        String thousands = "a,".repeat(3_500) + "fr";
        for (String languages : List.of(eleven, thousands)) {
            for (String path : List.of("/api/config/", "/")) {
                http.get().uri(path).header("Accept-Language", languages).exchange().expectStatus().isOk();
            }
        }
    }

    /** JSON is UTF-8: a UTF-8 body declared as Latin-1 was read as such, and stored garbled. */
    @Test
    void jsonInACharsetOtherThanUtf8IsAnUnsupportedMediaType() {
        Session alice = user("alice");
        byte[] body = "{\"first_name\": \"Zoé\"}".getBytes(StandardCharsets.UTF_8);

        expectProblem(http.patch().uri("/api/auth/me/").header("Authorization", alice.bearer())
                .header("Content-Type", "application/json; charset=ISO-8859-1").body(body).exchange(), 415)
                .jsonPath("$.detail").isEqualTo("JSON is read as UTF-8: send charset=UTF-8, or no charset.");
        http.get().uri("/api/auth/me/").header("Authorization", alice.bearer()).exchange().expectBody()
                .jsonPath("$.first_name").isEqualTo("");

        for (String utf8 : List.of("application/json; charset=UTF-8", "application/json;charset=utf-8")) {
            http.patch().uri("/api/auth/me/").header("Authorization", alice.bearer()).header("Content-Type", utf8)
                    .body(body).exchange().expectStatus().isOk().expectBody().jsonPath("$.first_name").isEqualTo("Zoé");
        }
    }

    /** A client that forgets the Content-Type is told which to send (Spring answered that type "null" was not). */
    @Test
    void aBodyWithoutAContentTypeIsToldWhichTypeToSend() throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri("/api/auth/login/"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\": \"alice\", \"password\": \"x\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertProblem(response, 415);
        assertThat(response.body()).contains("\"detail\":\"A Content-Type header is required: application/json");
    }

    /** A compressed body was read as it came, and refused as malformed JSON: the client could not tell why. */
    @Test
    void aCompressedBodyIsAnUnsupportedMediaTypeThatSaysWhichCodingIsRead() throws Exception {
        Session alice = user("alice");
        var compressed = new java.io.ByteArrayOutputStream();
        try (var gzip = new java.util.zip.GZIPOutputStream(compressed)) {
            gzip.write("{\"first_name\": \"Al\"}".getBytes(StandardCharsets.UTF_8));
        }

        for (String coding : List.of("gzip", "br", "gzip, identity")) {
            expectProblem(http.patch().uri("/api/auth/me/").header("Authorization", alice.bearer())
                    .contentType(MediaType.APPLICATION_JSON).header("Content-Encoding", coding)
                    .body(compressed.toByteArray()).exchange(), 415)
                    .jsonPath("$.detail").isEqualTo("The body must be sent uncompressed, without a Content-Encoding.");
        }
        http.patch().uri("/api/auth/me/").header("Authorization", alice.bearer())
                .contentType(MediaType.APPLICATION_JSON).header("Content-Encoding", "gzip")
                .body(compressed.toByteArray()).exchange().expectHeader().valueEquals("Accept-Encoding", "identity");
        http.get().uri("/api/auth/me/").header("Authorization", alice.bearer()).exchange().expectBody()
                .jsonPath("$.first_name").isEqualTo("");

        expectProblem(http.patch().uri("/api/auth/me/").header("Authorization", alice.bearer())
                .contentType(MediaType.APPLICATION_JSON).header("Content-Encoding", "identity", "gzip")
                .body(compressed.toByteArray()).exchange(), 415);
        // a body-less request with the header is not refused for a body it does not send
        http.get().uri("/api/auth/me/").header("Authorization", alice.bearer()).header("Content-Encoding", "gzip")
                .exchange().expectStatus().isOk();

        http.patch().uri("/api/auth/me/").header("Authorization", alice.bearer())
                .contentType(MediaType.APPLICATION_JSON).header("Content-Encoding", "Identity")
                .body("{\"first_name\": \"Al\"}").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.first_name").isEqualTo("Al");
    }

    /** A wildcard names no type to read: Spring's request headers refuse it with an exception, once a 500. */
    @Test
    void aWildcardContentTypeIsAnUnsupportedMediaType() {
        Session alice = user("alice");
        for (String wildcard : List.of("*/*", "application/*", "*/*; charset=UTF-8")) {
            expectProblem(http.post().uri("/api/auth/login/").header("Content-Type", wildcard)
                    .body("{\"username\": \"alice\", \"password\": \"x\"}").exchange(), 415);
            expectProblem(http.patch().uri("/api/auth/me/").header("Authorization", alice.bearer())
                    .header("Content-Type", wildcard).body("{\"first_name\": \"Al\"}").exchange(), 415);
        }
        http.get().uri("/api/auth/me/").header("Authorization", alice.bearer()).exchange().expectBody()
                .jsonPath("$.first_name").isEqualTo("");
    }

    @Test
    void bodyOverOneMegabyteWithContentLengthIsTooLarge() throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri("/api/auth/login/"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(oversizedLogin()))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertProblem(response, 413);
    }

    @Test
    void chunkedBodyOverOneMegabyteIsTooLarge() throws Exception {
        byte[] body = oversizedLogin();
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri("/api/auth/login/"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertProblem(response, 413);
    }

    @Test
    void chunkedBodyUnderOneMegabyteIsRead() throws Exception {
        register("alice");
        byte[] body = ("{\"username\": \"alice\", \"password\": \"" + PASSWORD + "\", \"padding\": \""
                + "x".repeat(ONE_MEGABYTE - 200) + "\"}").getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri("/api/auth/login/"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void nulCharacterInAJsonStringIsRefusedOnThatField() {
        expectInvalid(postJson("/api/auth/register/",
                "{\"username\": \"bob\\u0000\", \"email\": \"bob@example.org\", \"password\": \"" + PASSWORD + "\"}"),
                "username");
        expectInvalid(postJson("/api/auth/login/", "{\"username\": \"bob\\u0000\", \"password\": \"x\"}"),
                "username");

        assertThat(jdbc.queryForObject("SELECT count(*) FROM users", Long.class)).isZero();
    }

    @Test
    void halfACharacterInAJsonStringIsRefusedOnThatFieldAWholeOneIsKept() {
        expectInvalid(postJson("/api/auth/register/", "{\"username\": \"bob\\ud800x\", \"email\":"
                + " \"bob@example.org\", \"password\": \"" + PASSWORD + "\"}"), "username")
                .jsonPath("$.errors.username[0]").isEqualTo("Unpaired surrogate characters are not allowed.");
        expectInvalid(postJson("/api/auth/register/", "{\"username\": \"bob\\udc00\", \"email\": \"bob@example.org\","
                + " \"password\": \"" + PASSWORD + "\"}"), "username");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM users", Long.class)).isZero();

        postJson("/api/auth/register/", "{\"username\": \"bob\", \"first_name\": \"Bob \\ud83d\\udcda\", \"email\":"
                + " \"bob@example.org\", \"password\": \"" + PASSWORD + "\"}").expectStatus().isCreated();
        assertThat(jdbc.queryForObject("SELECT first_name FROM users", String.class)).isEqualTo("Bob \uD83D\uDCDA");
    }

    @Test
    void controlCharactersInAJsonStringAreRefusedTabsAndLineBreaksKept() {
        expectInvalid(postJson("/api/auth/register/", "{\"username\": \"bob\", \"first_name\": \"B\\u0001\\u001f\","
                + " \"email\": \"bob@example.org\", \"password\": \"" + PASSWORD + "\"}"), "first_name")
                .jsonPath("$.errors.first_name[0]")
                .isEqualTo("Control characters other than tabs and line breaks are not allowed.");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM users", Long.class)).isZero();

        postJson("/api/auth/register/", "{\"username\": \"bob\", \"first_name\": \"B\\tob\\r\\n\", \"email\":"
                + " \"bob@example.org\", \"password\": \"" + PASSWORD + "\"}").expectStatus().isCreated();
    }

    @Test
    void nulCharacterInAQueryParameterIsRefusedOnThatParameter() {
        Session root = admin("root");

        expectInvalid(http.get().uri(URI.create(baseUrl() + "/api/users/?search=%00"))
                .header("Authorization", root.bearer()).exchange(), "search");
        expectInvalid(http.get().uri(URI.create(baseUrl() + "/api/users/?search=ab%00cd&page=1"))
                .header("Authorization", root.bearer()).exchange(), "search");
    }

    @Test
    void nulCharacterInThePathIsAClientError() {
        Session root = admin("root");

        HttpResponseStatusAndBody response = send(http.get().uri(URI.create(baseUrl() + "/api/users/%00/"))
                .header("Authorization", root.bearer()).exchange());

        assertThat(response.status()).isIn(400, 404);
        assertThat(response.body()).doesNotContainIgnoringCase("exception");
    }

    @Test
    void wrongMethodOnAnAuthenticationEndpointIsNotAllowed() {
        expectProblem(http.delete().uri("/api/auth/login/").exchange(), 405)
                .jsonPath("$.detail").isNotEmpty();
        expectProblem(http.get().uri("/api/auth/register/").exchange(), 405);
        expectProblem(http.put().uri("/api/auth/refresh").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("refresh", "x")).exchange(), 405);
    }

    @Test
    void wrongMethodWithATokenIsNotAllowedAndSaysWhatIs() {
        Session alice = user("alice");

        expectProblem(http.put().uri("/api/auth/me/").header("Authorization", alice.bearer())
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("first_name", "Alice")).exchange()
                .expectHeader().value("Allow", allow -> assertThat(allow).contains("GET").contains("PATCH")
                        .contains("DELETE")), 405);
        expectProblem(http.get().uri("/api/auth/logout/").header("Authorization", alice.bearer()).exchange(), 405);
    }

    /** A path in words beside ids of the same place (`/api/progress/{id}/`) is not taken for an id. */
    @Test
    void wrongMethodOnAPathInWordsIsNotAllowedRatherThanAnUnknownId() {
        Session alice = user("alice");

        expectProblem(http.get().uri("/api/progress/import/").header("Authorization", alice.bearer()).exchange()
                .expectHeader().value("Allow", allow -> assertThat(allow).isEqualTo("POST")), 405);
        expectProblem(http.delete().uri("/api/progress/export/").header("Authorization", alice.bearer()).exchange()
                .expectHeader().value("Allow", allow -> assertThat(allow).contains("GET")), 405);
        expectProblem(http.patch().uri("/api/progress/history/").header("Authorization", alice.bearer())
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("notes", "x")).exchange(), 405);
        expectProblem(http.get().uri("/api/chapters/range/").header("Authorization", alice.bearer()).exchange()
                .expectHeader().value("Allow", allow -> assertThat(allow).contains("POST").contains("DELETE")), 405);
        expectProblem(http.get().uri("/api/progress/entry/").header("Authorization", alice.bearer()).exchange(), 404);
    }

    /** The API speaks JSON only: no second serializer, configured unlike the first, behind another media type. */
    @ParameterizedTest
    @ValueSource(strings = {"application/yaml", "application/xml", "text/html"})
    void aRepresentationOtherThanJsonIsNotAcceptable(String mediaType) {
        Session alice = user("alice");

        expectProblem(http.get().uri("/api/auth/me/").header("Authorization", alice.bearer())
                .header("Accept", mediaType).exchange(), 406)
                .jsonPath("$.detail").value(String.class, detail -> assertThat(detail).contains("application/json"));
    }

    @Test
    void unknownPathWithATokenIsNotFound() {
        Session alice = user("alice");

        expectProblem(http.get().uri("/api/nowhere/").header("Authorization", alice.bearer()).exchange(), 404)
                .jsonPath("$.detail").isEqualTo("Not found.")
                .jsonPath("$.instance").value(String.class,
                        instance -> assertThat(instance).startsWith("/api/nowhere"));
        // outside the API a path without a file extension is a route of the web app, whose page says "not found"
        expectProblem(http.get().uri("/nowhere.txt").header("Authorization", alice.bearer()).exchange(), 404);
    }

    /** The container's error path, asked for by name, names nothing (it answered 500 to anyone). */
    @Test
    void theErrorPathAskedForDirectlyIsNotFound() {
        expectProblem(http.get().uri("/error").exchange(), 404).jsonPath("$.detail").isEqualTo("Not found.");
        expectProblem(http.post().uri("/error").contentType(MediaType.APPLICATION_JSON).body("{}").exchange(), 404);
        expectProblem(http.delete().uri("/error").exchange(), 404);
    }

    @Test
    void unknownPathWithoutATokenIsUnauthorized() {
        expectUnauthorized(http.get().uri("/api/nowhere/").exchange());
    }

    @Test
    void pathsWorkWithAndWithoutTheTrailingSlash() {
        Session root = admin("root");
        for (String path : List.of("/api/auth/me", "/api/auth/me/", "/api/users", "/api/users/",
                "/api/users/" + root.id(), "/api/users/" + root.id() + "/")) {
            http.get().uri(path).header("Authorization", root.bearer()).exchange()
                    .expectStatus().isOk();
        }
        for (String path : List.of("/api/auth/login", "/api/auth/login/")) {
            http.post().uri(path).contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("username", "root", "password", PASSWORD)).exchange()
                    .expectStatus().isOk();
        }
        for (String path : List.of("/api/auth/register", "/api/auth/register/")) {
            String name = path.endsWith("/") ? "slash" : "noslash";
            http.post().uri(path).contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("username", name, "email", name + "@example.org", "password", PASSWORD)).exchange()
                    .expectStatus().isCreated();
        }
    }

    @Test
    void noErrorResponseRevealsInternals() throws Exception {
        Session root = admin("root");
        Session alice = user("alice");
        List<String> bodies = new ArrayList<>();

        bodies.add(body(postJson("/api/auth/login/", "{\"username\": \"alice\",")));
        bodies.add(body(postJson("/api/auth/login/", "{\"username\": [[[")));
        bodies.add(body(postJson("/api/auth/login/", "[1, 2]")));
        bodies.add(body(postJson("/api/auth/login/", "{\"username\": {\"a\": 1}, \"password\": 1.5}")));
        bodies.add(body(postJson("/api/auth/login/", "{\"username\": \"nobody\", \"password\": \"x\"}")));
        bodies.add(body(postJson("/api/auth/register/", "{\"username\": \"x\\u0000\"}")));
        bodies.add(body(postJson("/api/auth/register/", "{\"username\": \"alice\", \"email\": \"alice@example.org\", "
                + "\"password\": \"" + PASSWORD + "\"}")));
        bodies.add(body(postJson("/api/auth/refresh/", "{\"refresh\": \"a.b.c\"}")));
        bodies.add(body(adminPatch(root, alice.id(), "{\"role\": \"superuser\", \"is_active\": \"yes\"}")));
        bodies.add(body(adminPatch(root, alice.id(), "{\"email\": \"root@example.org\"}")));
        bodies.add(body(http.get().uri("/api/users/abc/").header("Authorization", root.bearer()).exchange()));
        bodies.add(body(http.get().uri("/api/users/99999999999999999999999/").header("Authorization", root.bearer())
                .exchange()));
        bodies.add(body(http.get().uri("/api/users/?page=abc").header("Authorization", root.bearer()).exchange()));
        bodies.add(body(http.get().uri(URI.create(baseUrl() + "/api/users/?search=%00"))
                .header("Authorization", root.bearer()).exchange()));
        bodies.add(body(http.get().uri("/api/auth/me/").header("Authorization", "Bearer x.y.z").exchange()));
        bodies.add(body(http.get().uri("/api/users/").header("Authorization", alice.bearer()).exchange()));
        bodies.add(body(http.delete().uri("/api/auth/me/").header("Authorization", alice.bearer()).exchange()));
        bodies.add(body(http.post().uri("/api/auth/login/").contentType(MediaType.TEXT_PLAIN).body("x").exchange()));
        bodies.add(client.send(HttpRequest.newBuilder(uri("/api/auth/login/"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(oversizedLogin())))
                .build(), HttpResponse.BodyHandlers.ofString()).body());

        assertThat(bodies).allSatisfy(body -> assertThat(body)
                .isNotBlank()
                .doesNotContainIgnoringCase("exception")
                .doesNotContain("\tat ")
                .doesNotContain("java.")
                .doesNotContain("org.springframework")
                .doesNotContain("org.hibernate")
                .doesNotContain("tools.jackson")
                .doesNotContain("SQL")
                .doesNotContainIgnoringCase("select ")
                .doesNotContain("trace"));
    }

    private record HttpResponseStatusAndBody(int status, String body) {
    }

    private static HttpResponseStatusAndBody send(RestTestClient.ResponseSpec response) {
        EntityExchangeResult<byte[]> result = response.expectBody().returnResult();
        byte[] body = result.getResponseBody();
        return new HttpResponseStatusAndBody(result.getStatus().value(),
                body == null ? "" : new String(body, StandardCharsets.UTF_8));
    }

    private String body(RestTestClient.ResponseSpec response) {
        EntityExchangeResult<byte[]> result = response.expectBody().returnResult();
        assertThat(result.getStatus().is4xxClientError()).as("status %s", result.getStatus()).isTrue();
        byte[] body = result.getResponseBody();
        return body == null ? "" : new String(body, StandardCharsets.UTF_8);
    }

    private RestTestClient.ResponseSpec postJson(String path, String json) {
        return http.post().uri(path).contentType(MediaType.APPLICATION_JSON).body(json).exchange();
    }

    private RestTestClient.ResponseSpec adminPatch(Session admin, long id, String json) {
        return http.patch().uri("/api/users/{id}/", id).header("Authorization", admin.bearer())
                .contentType(MediaType.APPLICATION_JSON).body(json).exchange();
    }

    private URI uri(String path) {
        return URI.create(baseUrl() + path);
    }

    /** A well-formed login whose padding pushes the body just past one megabyte. */
    private static byte[] oversizedLogin() {
        char[] padding = new char[ONE_MEGABYTE + 16];
        Arrays.fill(padding, 'x');
        return ("{\"username\": \"alice\", \"password\": \"x\", \"padding\": \"" + new String(padding) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":" + status).contains("\"type\"").contains("\"title\"")
                .contains("\"detail\"").contains("\"instance\"");
    }
}
