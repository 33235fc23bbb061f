package org.readtrack.benchmark;

import static io.gatling.javaapi.core.CoreDsl.details;

/**
 * 64 clients hammer login while 32 clients list contents: password hashing must not starve the rest of
 * the API, so the list's p99 stays at or under 100 ms.
 */
public class LoginFloodSimulation extends ReadtrackSimulation {
    {
        setUp(clients(loop("login flood", Scenarios.login("login flood")), 64),
                clients(loop("content list during flood", Scenarios.list("content list during flood")), CLIENTS))
                .protocols(protocol)
                .assertions(details("content list during flood").responseTime().percentile(99.0).lte(100),
                        details("content list during flood").failedRequests().count().is(0L));
    }
}
