package org.readtrack.shared;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The time zone the caller lives in, from the {@code Time-Zone} request header (as GitHub's API takes it): what
 * "today" means when a tracker dates something by itself, such as an entry's {@code started_on}. UTC without the
 * header; an unknown zone is refused (400 on {@code Time-Zone}) rather than taken for UTC.
 */
public record CallerZone(ZoneId zone) {

    public static final String HEADER = "Time-Zone";
    public static final CallerZone UTC = new CallerZone(ZoneOffset.UTC);

    /** The zone the header names; UTC when there is none. */
    public static CallerZone of(String header) {
        return new CallerZone(TimeZones.orUtc(HEADER, header));
    }

    /** The zone a query parameter names, when it names one, else this one. */
    public ZoneId or(String field, String name) {
        return name == null || name.isEmpty() ? zone : TimeZones.orUtc(field, name);
    }

    /** Today's date where the caller is. */
    public LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(zone));
    }
}
