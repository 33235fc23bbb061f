package org.readtrack.progress;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.readtrack.catalog.ReleaseDay;
import org.readtrack.catalog.TitleKey;
import org.readtrack.shared.CalendarYears;
import org.readtrack.shared.CallerZone;

/**
 * How the values of an imported file are read, in English and French, whatever their case or accents: the
 * words compared by their {@link TitleKey}. Each method answers empty for a value it cannot read.
 */
final class ImportValues {

    private static final Map<String, ReadingStatus> STATUSES = Map.ofEntries(
            Map.entry("reading", ReadingStatus.READING), Map.entry("current", ReadingStatus.READING),
            Map.entry("currently reading", ReadingStatus.READING), Map.entry("lecture", ReadingStatus.READING),
            Map.entry("en cours", ReadingStatus.READING), Map.entry("en lecture", ReadingStatus.READING),
            Map.entry("repeating", ReadingStatus.READING), Map.entry("watching", ReadingStatus.READING),
            Map.entry("completed", ReadingStatus.COMPLETED), Map.entry("complete", ReadingStatus.COMPLETED),
            Map.entry("finished", ReadingStatus.COMPLETED), Map.entry("done", ReadingStatus.COMPLETED),
            Map.entry("termine", ReadingStatus.COMPLETED), Map.entry("fini", ReadingStatus.COMPLETED),
            Map.entry("on hold", ReadingStatus.ON_HOLD), Map.entry("onhold", ReadingStatus.ON_HOLD),
            Map.entry("paused", ReadingStatus.ON_HOLD), Map.entry("pause", ReadingStatus.ON_HOLD),
            Map.entry("en pause", ReadingStatus.ON_HOLD), Map.entry("dropped", ReadingStatus.DROPPED),
            Map.entry("arrete", ReadingStatus.DROPPED), Map.entry("arreter", ReadingStatus.DROPPED),
            Map.entry("abandonne", ReadingStatus.DROPPED), Map.entry("abandon", ReadingStatus.DROPPED),
            Map.entry("plan to read", ReadingStatus.PLAN_TO_READ), Map.entry("planning", ReadingStatus.PLAN_TO_READ),
            Map.entry("planned", ReadingStatus.PLAN_TO_READ), Map.entry("not started", ReadingStatus.PLAN_TO_READ),
            Map.entry("a lire", ReadingStatus.PLAN_TO_READ), Map.entry("plan to watch", ReadingStatus.PLAN_TO_READ),
            Map.entry("to read", ReadingStatus.PLAN_TO_READ), Map.entry("ptr", ReadingStatus.PLAN_TO_READ));
    /** MyAnimeList's numeric statuses. */
    private static final Map<String, ReadingStatus> MAL_NUMBERS = Map.of("1", ReadingStatus.READING,
            "2", ReadingStatus.COMPLETED, "3", ReadingStatus.ON_HOLD, "4", ReadingStatus.DROPPED,
            "6", ReadingStatus.PLAN_TO_READ);
    private static final Map<String, BigDecimal> TIERS = Map.of("SS", new BigDecimal("10"), "S", new BigDecimal("9"),
            "A+", new BigDecimal("8.5"), "A", new BigDecimal("8"), "B", new BigDecimal("7"), "C", new BigDecimal("6"),
            "D", new BigDecimal("5"), "E", new BigDecimal("4"), "F", new BigDecimal("3"));
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,4}([.,][0-9]+)?");
    /** What {@link TypedChapter} reads back as a number once its point is a comma. */
    private static final Pattern DECIMAL_POINT = Pattern.compile("[0-9]{1,4}\\.[0-9]{1,2}");
    private static final Map<String, ReleaseDay> DAYS = days();
    private static final Pattern DAY_SEPARATORS = Pattern.compile("[,;/&+|]|\\s+(?:et|and)\\s+|\\s+");
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d/M/uuuu", Locale.ROOT), DateTimeFormatter.ofPattern("d.M.uuuu", Locale.ROOT),
            english("MMMM d, uuuu"), english("MMM d, uuuu"));
    private static final List<DateTimeFormatter> DATE_TIMES = List.of(DateTimeFormatter.ISO_LOCAL_DATE_TIME,
            english("MMMM d, uuuu h:mm a"), english("MMM d, uuuu h:mm a"), english("MMMM d, uuuu H:mm"),
            DateTimeFormatter.ofPattern("d/M/uuuu H:mm[:ss]", Locale.ROOT),
            DateTimeFormatter.ofPattern("uuuu-MM-dd H:mm[:ss]", Locale.ROOT));

    private ImportValues() {
    }

    /** Our words, MAL's, AniList's and French ones; {@code malNumbers} also reads MAL's 1–6. */
    static Optional<ReadingStatus> status(String value, boolean malNumbers) {
        String key = TitleKey.of(value);
        if (malNumbers && MAL_NUMBERS.containsKey(key)) {
            return Optional.of(MAL_NUMBERS.get(key));
        }
        return Optional.ofNullable(STATUSES.get(key));
    }

    /** AniList's {@code REPEATING}: reading again. */
    static boolean rereadingStatus(String value) {
        return TitleKey.of(value).equals("repeating");
    }

    /** A tier ({@code SS}, {@code A+}…) or a number from 0 to 10 ({@code 8.5} or {@code 8,5}). */
    static Optional<BigDecimal> score(String value) {
        String text = value.strip().toUpperCase(Locale.ROOT);
        if (TIERS.containsKey(text)) {
            return Optional.of(TIERS.get(text));
        }
        if (!NUMBER.matcher(text).matches()) {
            return Optional.empty();
        }
        BigDecimal score = new BigDecimal(text.replace(',', '.'));
        return score.compareTo(BigDecimal.TEN) > 0 ? Optional.empty() : Optional.of(score);
    }

    /** {@code 475.5} as {@code 475,5}, which {@link #chapter} and {@link #score} read back; other text as it is. */
    static String withDecimalComma(String value) {
        return DECIMAL_POINT.matcher(value).matches() ? value.replace('.', ',') : value;
    }

    /** {@code 475.5}, {@code 475,5} and {@code Ch. 475.5} alike ({@link TypedChapter}); other text as it is. */
    static String chapter(String value) {
        return TypedChapter.canonical(value);
    }

    /**
     * A date in one of the forms read, or a date and time: the day written, or for a moment with an offset
     * ({@code 2024-03-03T23:30:00Z}) its day where the reader is. In the years a date may have.
     */
    static Optional<LocalDate> date(String value, CallerZone zone) {
        return anyDate(value.strip(), zone).filter(CalendarYears::holds);
    }

    private static Optional<LocalDate> anyDate(String text, CallerZone zone) {
        return localDate(text).or(() -> localDateTime(text).map(LocalDateTime::toLocalDate))
                .or(() -> offsetDateTime(text).map(at -> LocalDate.ofInstant(at, zone.zone())));
    }

    /**
     * An instant: a date and time with an offset as it says; without one, or a date alone (its start), as a clock
     * where the reader is shows it (a spreadsheet's "last update" column is in its owner's time). In the years a
     * date may have.
     */
    static Optional<Instant> instant(String value, CallerZone zone) {
        return anyInstant(value.strip(), zone).filter(CalendarYears::holds);
    }

    private static Optional<Instant> anyInstant(String text, CallerZone zone) {
        return offsetDateTime(text).or(() -> localDateTime(text).or(() -> localDate(text).map(LocalDate::atStartOfDay))
                .map(time -> time.atZone(zone.zone()).toInstant()));
    }

    private static Optional<LocalDate> localDate(String text) {
        for (DateTimeFormatter format : DATES) {
            try {
                return Optional.of(LocalDate.parse(text, format));
            } catch (DateTimeParseException e) {
                // the next form
            }
        }
        return Optional.empty();
    }

    private static Optional<Instant> offsetDateTime(String text) {
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDateTime> localDateTime(String text) {
        for (DateTimeFormatter format : DATE_TIMES) {
            try {
                return Optional.of(LocalDateTime.parse(text, format));
            } catch (DateTimeParseException e) {
                // the next form
            }
        }
        return Optional.empty();
    }

    /** Weekdays in English or French, full or short ({@code Mardi, Mercredi}); the words not read are listed. */
    static Days days(String value) {
        Set<ReleaseDay> days = new LinkedHashSet<>();
        List<String> unread = new ArrayList<>();
        for (String word : DAY_SEPARATORS.split(value.strip())) {
            if (word.isBlank()) {
                continue;
            }
            ReleaseDay day = DAYS.get(TitleKey.of(word));
            if (day == null) {
                unread.add(word.strip());
            } else {
                days.add(day);
            }
        }
        return new Days(List.copyOf(days), unread);
    }

    record Days(List<ReleaseDay> days, List<String> unread) {
    }

    static Optional<Boolean> bool(String value) {
        return switch (TitleKey.of(value)) {
            case "true", "yes", "oui", "1", "x", "vrai", "y" -> Optional.of(true);
            case "false", "no", "non", "0", "faux", "n", "" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    static Optional<Integer> count(String value) {
        String text = value.strip();
        // nine digits: any such count fits an int, as the API takes it
        return text.matches("[0-9]{1,9}") ? Optional.of(Integer.parseInt(text)) : Optional.empty();
    }

    private static DateTimeFormatter english(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.ENGLISH);
    }

    private static Map<String, ReleaseDay> days() {
        String[][] names = {{"mon", "monday", "lun", "lundi"}, {"tue", "tuesday", "mar", "mardi"},
                {"wed", "wednesday", "mer", "mercredi"}, {"thu", "thursday", "jeu", "jeudi"},
                {"fri", "friday", "ven", "vendredi"}, {"sat", "saturday", "sam", "samedi"},
                {"sun", "sunday", "dim", "dimanche"}};
        Map<String, ReleaseDay> days = new java.util.HashMap<>();
        for (int i = 0; i < names.length; i++) {
            for (String name : names[i]) {
                days.put(name, ReleaseDay.values()[i]);
            }
        }
        return Map.copyOf(days);
    }
}
