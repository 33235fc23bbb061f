package org.readtrack.benchmark;

import static io.gatling.javaapi.core.CoreDsl.scenario;

/**
 * Runs every measured request for a while first, so that the server's JIT compiler has done its work
 * before anything is measured. Not a measurement: no assertions.
 */
public class WarmupSimulation extends ReadtrackSimulation {
    {
        setUp(clients(scenario("warm-up").feed(randomReaders()).exec(
                        Scenarios.list("warm-up list"),
                        Scenarios.detail("warm-up detail"),
                        Scenarios.search("warm-up search"),
                        Scenarios.chapters("warm-up chapters"),
                        Scenarios.progressList("warm-up progress list"),
                        Scenarios.progressUpdate("warm-up progress update")), CLIENTS))
                .protocols(protocol);
    }
}
