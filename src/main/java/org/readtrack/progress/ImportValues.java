package org.readtrack.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalQuery;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
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
    /** Leading zeros, then the significant digits: more than ten of them is beyond any int. */
    private static final Pattern COUNT = Pattern.compile("0*([0-9]{1,10})");
    /**
     * A score out of another scale: {@code 7/10}, {@code 8,5 / 10}, {@code 4/5}, {@code 85/100}; one decimal at most,
     * as a score itself has.
     */
    private static final Pattern FRACTION = Pattern.compile("([0-9]{1,4}(?:[.,][0-9])?)\\s*/\\s*([0-9]{1,4})");
    /** A percentage: {@code 85%}, {@code 85 %} (with a space of any kind, as French writes it). */
    private static final Pattern PERCENT = Pattern.compile("([0-9]{1,4}(?:[.,][0-9]+)?)[\\s\\u00A0\\u202F]*%");
    /** Stars out of five: {@code ★★★★}, or with the empty ones too, five in all ({@code ★★★★☆}), the full first. */
    private static final Pattern STARS = Pattern.compile("(★{0,5})(☆{0,5})");
    /** What {@link TypedChapter} reads back as a number once its point is a comma. */
    private static final Pattern DECIMAL_POINT = Pattern.compile("[0-9]{1,4}\\.[0-9]{1,2}");
    private static final Map<String, ReleaseDay> DAYS = days();
    private static final Pattern DAY_SEPARATORS = Pattern.compile("[,;/&+|]|\\s+(?:et|and)\\s+|\\s+");
    /** Strict, every one: a 30 February or a 31 April is no date, rather than the last day of the month. */
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            strict("d/M/uuuu"), strict("d.M.uuuu"), strict("uuuu/M/d"),
            english("MMMM d, uuuu"), english("MMM d, uuuu"), english("d MMMM uuuu"), english("d MMM uuuu"));
    private static final List<DateTimeFormatter> DATE_TIMES = List.of(DateTimeFormatter.ISO_LOCAL_DATE_TIME,
            english("MMMM d, uuuu h:mm a"), english("MMM d, uuuu h:mm a"), english("MMMM d, uuuu H:mm"),
            strict("d/M/uuuu H:mm[:ss]"), strict("uuuu-MM-dd H:mm[:ss]"), strict("uuuu/M/d H:mm[:ss]"));
    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");
    private static final Pattern FIRST_OF_MONTH = Pattern.compile("^1\\s*er\\b");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F]+");
    /**
     * French dates ({@code 1 mars 2024}, {@code 3 févr. 2024}), read once {@link #frenchForm} has written them
     * without accents, dots or a "1er": java.time's month names, full and short, written the same way.
     */
    private static final List<DateTimeFormatter> FRENCH_DATES = List.of(french(TextStyle.FULL, ""),
            french(TextStyle.SHORT, ""));
    private static final List<DateTimeFormatter> FRENCH_DATE_TIMES = List.of(french(TextStyle.FULL, " H:mm[:ss]"),
            french(TextStyle.SHORT, " H:mm[:ss]"));

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

    /**
     * A tier ({@code SS}, {@code A+}…), a number from 0 to 10 ({@code 8.5} or {@code 8,5}), or a score on another
     * scale brought to 0–10 with one decimal, half up: a fraction ({@code 7/10}, {@code 8,5/10}, {@code 4/5},
     * {@code 85/100}), a percentage ({@code 85%}) or stars out of five ({@code ★★★★☆}, each full one 2).
     * Empty for anything else, a score above 10 included.
     */
    static Optional<BigDecimal> score(String value) {
        String text = value.strip().toUpperCase(Locale.ROOT);
        if (TIERS.containsKey(text)) {
            return Optional.of(TIERS.get(text));
        }
        Optional<BigDecimal> score = Optional.empty();
        Matcher matcher;
        if (NUMBER.matcher(text).matches()) {
            score = Optional.of(decimal(text));
        } else if ((matcher = FRACTION.matcher(text)).matches()) {
            BigDecimal scale = new BigDecimal(matcher.group(2));
            score = scale.signum() == 0 ? Optional.empty() : Optional.of(decimal(matcher.group(1))
                    .multiply(BigDecimal.TEN).divide(scale, 1, RoundingMode.HALF_UP));
        } else if ((matcher = PERCENT.matcher(text)).matches()) {
            score = Optional.of(decimal(matcher.group(1)).divide(BigDecimal.TEN, 1, RoundingMode.HALF_UP));
        } else if (!text.isEmpty() && (matcher = STARS.matcher(text)).matches()
                && (matcher.group(2).isEmpty() || text.length() == 5)) {
            score = Optional.of(BigDecimal.valueOf(2L * matcher.group(1).length()).setScale(1));
        }
        return score.filter(number -> number.compareTo(BigDecimal.TEN) <= 0);
    }

    private static BigDecimal decimal(String number) {
        return new BigDecimal(number.replace(',', '.'));
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
        return parsed(text, DATES, LocalDate::from).or(() -> parsed(frenchForm(text), FRENCH_DATES, LocalDate::from));
    }

    /**
     * French as a spreadsheet writes it, in the form the French formatters read: lower case, without accents
     * ({@code fevrier}), dots ({@code fevr}) or the "er" of the first of a month ({@code 1er mars}), single spaces.
     */
    private static String frenchForm(String text) {
        String plain = ACCENTS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT).replace(".", " ");
        return FIRST_OF_MONTH.matcher(SPACES.matcher(plain).replaceAll(" ").strip()).replaceFirst("1");
    }

    private static <T> Optional<T> parsed(String text, List<DateTimeFormatter> formats, TemporalQuery<T> query) {
        for (DateTimeFormatter format : formats) {
            try {
                return Optional.of(format.parse(text, query));
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
        return parsed(text, DATE_TIMES, LocalDateTime::from)
                .or(() -> parsed(frenchForm(text), FRENCH_DATE_TIMES, LocalDateTime::from));
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

    /** A whole number from 0 to {@link Integer#MAX_VALUE}, every count the API takes (and exports); else empty. */
    static Optional<Integer> count(String value) {
        Matcher digits = COUNT.matcher(value.strip());
        if (!digits.matches()) {
            return Optional.empty();
        }
        // ten digits always fit a long; the largest int has ten too
        long count = Long.parseLong(digits.group(1));
        return count <= Integer.MAX_VALUE ? Optional.of((int) count) : Optional.empty();
    }

    private static DateTimeFormatter english(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.ENGLISH)
                .withResolverStyle(ResolverStyle.STRICT);
    }

    private static DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern, Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
    }

    /**
     * Day, month, year ({@code time} after them, if any) in French, the month named as java.time names it in
     * {@code style}, written as {@link #frenchForm} writes text: {@code fevrier}, {@code fevr}, {@code aout}.
     */
    private static DateTimeFormatter french(TextStyle style, String time) {
        Map<Long, String> months = new java.util.HashMap<>();
        for (Month month : Month.values()) {
            months.put((long) month.getValue(), frenchForm(month.getDisplayName(style, Locale.FRENCH)));
        }
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("d ")
                .appendText(ChronoField.MONTH_OF_YEAR, months).appendPattern(" uuuu" + time)
                .toFormatter(Locale.FRENCH).withResolverStyle(ResolverStyle.STRICT);
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
