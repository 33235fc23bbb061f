package org.readtrack.benchmark;

/** The chapters of a content: at least 3,000 requests/s, p99 ≤ 25 ms, no error. */
public class ChapterListSimulation extends ReadtrackSimulation {
    {
        setUp(clients(loop("chapter list", Scenarios.chapters("chapter list")), CLIENTS))
                .protocols(protocol)
                .assertions(targets("chapter list", 3000, 25));
    }
}
