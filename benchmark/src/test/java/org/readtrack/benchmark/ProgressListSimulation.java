package org.readtrack.benchmark;

/** A user's progress list, first page: at least 2,000 requests/s, no error. */
public class ProgressListSimulation extends ReadtrackSimulation {
    {
        setUp(clients(loop("progress list", Scenarios.progressList("progress list")), CLIENTS))
                .protocols(protocol)
                .assertions(targets("progress list", 2000));
    }
}
