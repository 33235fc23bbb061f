package org.readtrack.benchmark;

/** POST …/advance/ on a random entry: at least 2,000 requests/s, p99 ≤ 50 ms, no error. */
public class AdvanceSimulation extends ReadtrackSimulation {
    {
        setUp(clients(loop("advance", Scenarios.advance("advance")), CLIENTS))
                .protocols(protocol)
                .assertions(targets("advance", 2000, 50));
    }
}
