package org.readtrack.benchmark;

/** One content: at least 3,000 requests/s, p99 ≤ 25 ms, no error. */
public class ContentDetailSimulation extends ReadtrackSimulation {
    {
        setUp(clients(loop("content detail", Scenarios.detail("content detail")), CLIENTS))
                .protocols(protocol)
                .assertions(targets("content detail", 3000, 25));
    }
}
