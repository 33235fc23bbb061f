package org.readtrack.benchmark;

/** A search matching 36 titles: at least 3,000 requests/s, p99 ≤ 25 ms, no error. */
public class ContentSearchSimulation extends ReadtrackSimulation {
    {
        setUp(clients(loop("content search", Scenarios.search("content search")), CLIENTS))
                .protocols(protocol)
                .assertions(targets("content search", 3000, 25));
    }
}
