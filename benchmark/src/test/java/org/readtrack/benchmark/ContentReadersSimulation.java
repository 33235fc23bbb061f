package org.readtrack.benchmark;

/** A content's readers, asked with each series page: p99 ≤ 25 ms as the content itself, no error. */
public class ContentReadersSimulation extends ReadtrackSimulation {
    {
        setUp(clients(loop("content readers", Scenarios.readers("content readers")), CLIENTS))
                .protocols(protocol)
                .assertions(targets("content readers", 0, 25));
    }
}
