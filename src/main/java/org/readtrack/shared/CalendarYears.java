package org.readtrack.shared;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The years a stored date may fall in: 1 to 9999, as in the original service (Python's dates) and as both
 * databases keep exactly. Beyond them, SQLite's dates (milliseconds since 1970 in a 64-bit integer) wrap around
 * silently and PostgreSQL refuses the value: a request or an imported row with such a date is refused first.
 */
public final class CalendarYears {

    private static final int FIRST = 1;
    private static final int LAST = 9999;

    private static final Instant START = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant END = Instant.parse("+10000-01-01T00:00:00Z");

    private CalendarYears() {
    }

    public static boolean holds(LocalDate date) {
        return date.getYear() >= FIRST && date.getYear() <= LAST;
    }

    /** In those years, in UTC. */
    public static boolean holds(Instant instant) {
        return !instant.isBefore(START) && instant.isBefore(END);
    }
}
