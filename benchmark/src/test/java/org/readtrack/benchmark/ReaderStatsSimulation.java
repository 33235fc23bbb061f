package org.readtrack.benchmark;

/** A reader's statistics: p99 ≤ 100 ms, no error (no throughput target). */
public class ReaderStatsSimulation extends ReadtrackSimulation {
    {
        setUp(clients(loop("reader stats", Scenarios.readerStats("reader stats")), CLIENTS))
                .protocols(protocol)
                .assertions(targets("reader stats", 0, 100));
    }
}
