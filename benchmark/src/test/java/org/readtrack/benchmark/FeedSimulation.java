package org.readtrack.benchmark;

/** The new-chapters feed, first page: at least 1,500 requests/s, p99 ≤ 50 ms, no error. */
public class FeedSimulation extends ReadtrackSimulation {
    {
        setUp(clients(loop("feed", Scenarios.feed("feed")), CLIENTS))
                .protocols(protocol)
                .assertions(targets("feed", 1500, 50));
    }
}
