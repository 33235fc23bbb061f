package org.readtrack.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.readtrack.support.ApiTest;

/**
 * Query strings and paths that are not valid percent-encoded UTF-8 are the client's mistake: a 400, on the
 * parameter when it can be named, never a 500. Sent over a raw socket: a client library would refuse or
 * re-encode them.
 */
class RequestEncodingTest extends ApiTest {

    @ParameterizedTest
    @CsvSource({
            "/api/contents/?search=%FF, search",
            "/api/contents/?ordering=%ED%A0%80, ordering",
            "/api/contents/?x=%G1, x",
            "/api/contents/?page=1&search=caf%C3, search",
            "/api/chapters/?search=%C0%AF, search",
            "/api/progress/?search=100%, search",
            "/api/users/?search=%FF, search",
            "/api/contents/?%FF=1, query"})
    void aBadlyEncodedQueryParameterIsRefusedOnThatParameter(String target, String parameter) throws IOException {
        Session root = admin("root");

        String response = get(target, root);

        assertThat(response).startsWith("HTTP/1.1 400 ").contains("Content-Type: application/problem+json")
                .contains("\"errors\":{\"" + parameter + "\":[");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/contents/%FF/", "/api/contents/%ED%A0%80/", "/api/contents/%G1/"})
    void aBadlyEncodedPathIsABadRequestProblem(String target) throws IOException {
        Session alice = user("alice");

        assertThat(get(target, alice)).startsWith("HTTP/1.1 400 ")
                .contains("Content-Type: application/problem+json").contains("\"status\":400");
    }

    @ParameterizedTest
    @ValueSource(strings = {"search=caf%C3%A9", "search=%F0%9F%93%9A", "search=a+b%2Bc"})
    void wellEncodedUtf8IsAccepted(String query) throws IOException {
        Session alice = user("alice");

        assertThat(get("/api/contents/?" + query, alice)).startsWith("HTTP/1.1 200 ");
    }

    /** The path as Spring matches it, decoded: an encoded letter does not take a request out of the API's rules. */
    @Test
    void aParameterGivenTwiceIsRefusedOnAnEncodedApiPathToo() throws IOException {
        Session alice = user("alice");

        assertThat(get("/%61pi/progress/?favorite=true&favorite=maybe", alice)).startsWith("HTTP/1.1 400 ")
                .contains("\"errors\":{\"favorite\":[\"Given more than once: give it once.\"]");
    }

    /** The whole response, headers and body, to a GET of {@code target} exactly as written. */
    private String get(String target, Session caller) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + caller.bearer()
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
