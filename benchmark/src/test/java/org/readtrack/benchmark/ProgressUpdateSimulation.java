package org.readtrack.benchmark;

/** PATCH of a progress entry: at least 2,000 requests/s, p99 ≤ 50 ms, no error. */
public class ProgressUpdateSimulation extends ReadtrackSimulation {
    {
        setUp(clients(loop("progress update", Scenarios.progressUpdate("progress update")), CLIENTS))
                .protocols(protocol)
                .assertions(targets("progress update", 2000, 50));
    }
}
