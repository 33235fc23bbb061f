package org.readtrack.benchmark;

import static io.gatling.javaapi.core.CoreDsl.forAll;

/**
 * Logins (Argon2id): no throughput target, since hashing is slow on purpose and bounded in concurrency;
 * measured so that its cost is known. No error allowed.
 */
public class LoginSimulation extends ReadtrackSimulation {
    {
        setUp(clients(loop("login", Scenarios.login("login")), CLIENTS))
                .protocols(protocol)
                .assertions(forAll().failedRequests().count().is(0L));
    }
}
