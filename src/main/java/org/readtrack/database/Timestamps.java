package org.readtrack.database;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The time a row is written with, at the precision both databases and the JSON keep: milliseconds. */
public final class Timestamps {

    private Timestamps() {
    }

    public static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
