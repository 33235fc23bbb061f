package org.readtrack.catalog;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/**
 * A weekday on which a content's new chapters come out. Stored as a bit mask in
 * {@code contents.release_days} (mon = 1, tue = 2 … sun = 64), so that a list can ask
 * {@code (c.release_days & :bit) <> 0}; shown as {@code ["mon", "thu"]}, in week order.
 */
public enum ReleaseDay {
    MON("mon"), TUE("tue"), WED("wed"), THU("thu"), FRI("fri"), SAT("sat"), SUN("sun");

    /** Every subset of the week, in week order, by mask: rows share these instead of building their own. */
    private static final List<List<ReleaseDay>> SUBSETS = subsets();

    private final String value;

    ReleaseDay(String value) {
        this.value = value;
    }

    @JsonValue
    public String value() {
        return value;
    }

    /** Monday 1, Tuesday 2, Wednesday 4 … Sunday 64. */
    public int bit() {
        return 1 << ordinal();
    }

    /** {@code "mon"} … {@code "sun"}, exactly; anything else is empty. */
    public static Optional<ReleaseDay> parse(String value) {
        for (ReleaseDay day : values()) {
            if (day.value.equals(value)) {
                return Optional.of(day);
            }
        }
        return Optional.empty();
    }

    public static ReleaseDay of(DayOfWeek day) {
        return values()[day.ordinal()]; // DayOfWeek also runs from Monday to Sunday
    }

    public static int mask(Collection<ReleaseDay> days) {
        int mask = 0;
        for (ReleaseDay day : days) {
            mask |= day.bit();
        }
        return mask;
    }

    /** The days of a stored mask, in week order; bits beyond Sunday are ignored. */
    public static List<ReleaseDay> fromMask(int mask) {
        return SUBSETS.get(mask & 0x7F);
    }

    /** Reads {@code ?release_day=mon} as a parameter of this type; an unknown day is a 400 naming it. */
    @Component
    static class FromQuery implements Converter<String, ReleaseDay> {
        @Override
        public ReleaseDay convert(String source) {
            return parse(source.strip()).orElseThrow(() -> new IllegalArgumentException("Not a weekday."));
        }
    }

    private static List<List<ReleaseDay>> subsets() {
        List<List<ReleaseDay>> subsets = new ArrayList<>(128);
        for (int mask = 0; mask < 128; mask++) {
            List<ReleaseDay> days = new ArrayList<>();
            for (ReleaseDay day : values()) {
                if ((mask & day.bit()) != 0) {
                    days.add(day);
                }
            }
            subsets.add(List.copyOf(days));
        }
        return List.copyOf(subsets);
    }
}
