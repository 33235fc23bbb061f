package org.readtrack.benchmark;

/** The library: entries being read with unread counts and next chapters, page of 20: at least 2,000 requests/s, p99 ≤ 25 ms, no error. */
public class LibrarySimulation extends ReadtrackSimulation {
    {
        setUp(clients(loop("library", Scenarios.library("library")), CLIENTS))
                .protocols(protocol)
                .assertions(targets("library", 2000, 25));
    }
}
