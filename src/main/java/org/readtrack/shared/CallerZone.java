package org.readtrack.shared;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The time zone the caller lives in, from the {@code Time-Zone} request header (as GitHub's API takes it): what
 * "today" means when a tracker dates something by itself, such as an entry's {@code started_on}, and the days
 * statistics count by. UTC without the header. An unknown zone is refused (400 on {@code Time-Zone}) rather than
 * taken for UTC, once it is needed: a request that names its zone otherwise does not fail for the header.
 */
public final class CallerZone {

    public static final String HEADER = "Time-Zone";

    private final String header;

    private CallerZone(String header) {
        this.header = header;
    }

    /** The caller's zone as the header names it (null: none), checked when used. */
    public static CallerZone of(String header) {
        return new CallerZone(header);
    }

    /** The zone the header names, UTC without one; an unknown one is the caller's mistake. */
    public ZoneId zone() {
        return TimeZones.orUtc(HEADER, header);
    }

    /** The zone a query parameter names, when it names one, else the header's. */
    public ZoneId or(String field, String name) {
        return name == null || name.isEmpty() ? zone() : TimeZones.orUtc(field, name);
    }

    /** Today's date where the caller is. */
    public LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(zone()));
    }
}
