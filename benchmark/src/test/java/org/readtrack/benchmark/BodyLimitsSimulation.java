package org.readtrack.benchmark;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.forAll;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;

/**
 * Memory at the documented limits: 64 clients (system property {@code clients}) each send, in turn, a
 * body of the full 1 MB (one JSON string: what costs the parser most, refused by validation), an update
 * whose text field has its longest allowed length in four-byte characters, and the three lists at
 * {@code page_size=100}. The service must answer every request (no 5xx, no 503: {@code limits.sh} samples
 * its heap and resident memory meanwhile and checks that it survives).
 */
public class BodyLimitsSimulation extends ReadtrackSimulation {

    /** {"notes": "xxx…"}: 1 MB exactly. */
    static final String MEGABYTE_BODY = "{\"notes\": \"" + "x".repeat(1024 * 1024 - 14) + "\"}";

    /** 10,000 characters (the limit), each four bytes in UTF-8 and two chars in Java. */
    static final String LONGEST_NOTES = "{\"notes\": \"" + "\uD83D\uDCDA".repeat(10_000) + "\"}";

    static final ScenarioBuilder LIMITS = scenario("limits").feed(randomReaders()).exec(
            http("1 MB body").patch("/api/progress/#{entryId}/").header("Authorization", "#{token}")
                    .body(StringBody(MEGABYTE_BODY)).check(status().is(400)),
            http("longest notes").patch("/api/progress/#{entryId}/").header("Authorization", "#{token}")
                    .body(StringBody(LONGEST_NOTES)).check(status().is(200)),
            http("contents page_size=100").get("/api/contents/?page_size=100&page=#{page}")
                    .header("Authorization", "#{token}").check(status().is(200)),
            http("chapters page_size=100").get("/api/chapters/?content=#{contentId}&page_size=100")
                    .header("Authorization", "#{token}").check(status().is(200)),
            http("progress page_size=100").get("/api/progress/?page_size=100")
                    .header("Authorization", "#{token}").check(status().is(200)));

    {
        setUp(clients(LIMITS, Integer.getInteger("clients", 64)))
                .protocols(protocol)
                .assertions(forAll().failedRequests().count().is(0L));
    }
}
