package org.readtrack.benchmark;

/**
 * A reader's recent changes to all their entries: p99 ≤ 50 ms, as the feed (no throughput target: a screen opened
 * now and then, not at each tap).
 */
public class RecentChangesSimulation extends ReadtrackSimulation {
    {
        setUp(clients(loop("recent changes", Scenarios.recentChanges("recent changes")), CLIENTS))
                .protocols(protocol)
                .assertions(targets("recent changes", 0, 50));
    }
}
