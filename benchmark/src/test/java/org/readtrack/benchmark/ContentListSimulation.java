package org.readtrack.benchmark;

/** One page of 20 contents of a category: at least 3,000 requests/s, p99 ≤ 25 ms, no error. */
public class ContentListSimulation extends ReadtrackSimulation {
    {
        setUp(clients(loop("content list", Scenarios.list("content list")), CLIENTS))
                .protocols(protocol)
                .assertions(targets("content list", 3000, 25));
    }
}
