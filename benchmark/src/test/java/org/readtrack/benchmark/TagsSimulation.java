package org.readtrack.benchmark;

/**
 * A reader's tags across their whole list, each with how many entries have it: p99 ≤ 50 ms, as the feed (no
 * throughput target: the settings screen and the tags field ask for it, not each tap). It reads every entry's tags.
 */
public class TagsSimulation extends ReadtrackSimulation {
    {
        setUp(clients(loop("tags", Scenarios.tags("tags")), CLIENTS))
                .protocols(protocol)
                .assertions(targets("tags", 0, 50));
    }
}
