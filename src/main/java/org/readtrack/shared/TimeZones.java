package org.readtrack.shared;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;

/**
 * Time zones named as the IANA database names them ({@code Europe/Paris}, {@code UTC}), exactly as browsers'
 * {@code Intl} gives them. Offsets such as {@code +02:00} are refused: they know nothing of summer time, so
 * dates counted or shown with one would be an hour off half the year.
 */
public final class TimeZones {

    public static final String UNKNOWN = "Not a known time zone: use an IANA name such as Europe/Paris or UTC.";

    /** The region ids of the Java runtime's time zone database: the IANA names and their old aliases. */
    private static final Set<String> NAMES = ZoneId.getAvailableZoneIds();

    private TimeZones() {
    }

    public static boolean isKnown(String name) {
        return NAMES.contains(name);
    }

    /** The zone a request names in {@code field}, UTC when it names none; an unknown name is the caller's mistake. */
    public static ZoneId orUtc(String field, String name) {
        if (name == null || name.isEmpty()) {
            return ZoneOffset.UTC;
        }
        if (!isKnown(name)) {
            throw FieldErrors.of(field, UNKNOWN);
        }
        return ZoneId.of(name);
    }
}
