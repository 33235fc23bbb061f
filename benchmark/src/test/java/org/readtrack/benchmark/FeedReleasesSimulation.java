package org.readtrack.benchmark;

/**
 * The web app's feed page, chapters grouped by content and day, first page of 30: held to the feed's target,
 * at least 1,500 requests/s, p99 ≤ 50 ms, no error.
 */
public class FeedReleasesSimulation extends ReadtrackSimulation {
    {
        setUp(clients(loop("feed releases", Scenarios.feedReleases("feed releases")), CLIENTS))
                .protocols(protocol)
                .assertions(targets("feed releases", 1500, 50));
    }
}
