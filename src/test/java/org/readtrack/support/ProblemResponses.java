package org.readtrack.support;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/** Assertions on the RFC 9457 problem bodies that every error of the API must have. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    /** The status, the problem media type and every member the contract names; returns the body for more checks. */
    public static RestTestClient.BodyContentSpec expectProblem(RestTestClient.ResponseSpec response, int status) {
        return response
                .expectStatus().isEqualTo(status)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isNotEmpty()
                .jsonPath("$.title").isNotEmpty()
                .jsonPath("$.status").isEqualTo(status)
                .jsonPath("$.detail").isNotEmpty()
                .jsonPath("$.instance").isNotEmpty();
    }

    /** A 400 problem whose {@code errors} member has at least one message for each of the given fields. */
    public static RestTestClient.BodyContentSpec expectInvalid(RestTestClient.ResponseSpec response,
            String... fields) {
        RestTestClient.BodyContentSpec body = expectProblem(response, 400).jsonPath("$.errors").isMap();
        for (String field : fields) {
            body.jsonPath("$.errors['" + field + "']").isArray()
                    .jsonPath("$.errors['" + field + "'][0]").isNotEmpty();
        }
        return body;
    }

    /**
     * A unique value (username, email address, name…) that is already taken: a 409, as the contract says for
     * uniqueness, naming the field in {@code errors} as validation does.
     */
    public static RestTestClient.BodyContentSpec expectTaken(RestTestClient.ResponseSpec response, String field) {
        return expectProblem(response, 409).jsonPath("$.errors['" + field + "'][0]").isNotEmpty();
    }

    /** A 401 problem with the bearer challenge. */
    public static RestTestClient.BodyContentSpec expectUnauthorized(RestTestClient.ResponseSpec response) {
        return expectProblem(response.expectHeader().valueMatches("WWW-Authenticate", "^Bearer\\b.*"), 401);
    }
}
