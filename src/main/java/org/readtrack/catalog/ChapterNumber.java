package org.readtrack.catalog;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The key that sorts chapter numbers naturally with a plain text comparison, so that the database can
 * order (and index) them: 2 &lt; 2a &lt; 3 &lt; 10 &lt; 10.5 &lt; 11, and words last ("Extra", "Prologue").
 * <p>
 * A number becomes {@code 0}, its integer part left-padded to 19 digits, then its fraction if any
 * ({@code 10.5} → {@code 00000000000000000010.5}); fractions compare correctly as text once the integer
 * parts are equal. What follows a number that is not a digit is kept after it ({@code 2a}, {@code 1-2},
 * {@code 12 part 2}), so that it sorts right after that number. Anything else becomes {@code 1} followed by the
 * text itself. Letters are compared whatever their case: "extra" is the chapter "Extra", and "2A" is "2a".
 */
public final class ChapterNumber {

    /** What starts the key of a chapter named in words: every key below it is a number's. */
    static final String WORDS = "1";

    private static final Pattern NUMBER = Pattern.compile("(\\d{1,19})(?:\\.(\\d+))?(\\D.*)?", Pattern.DOTALL);
    /** Compiled once: every progress change and list filter computes a key. */
    private static final Pattern LEADING_ZEROS = Pattern.compile("^0+(?=.)");
    private static final Pattern TRAILING_ZEROS = Pattern.compile("0+$");

    private ChapterNumber() {
    }

    public static String sortKey(String chapterNumber) {
        Matcher matcher = NUMBER.matcher(chapterNumber.strip());
        if (!matcher.matches()) {
            return WORDS + chapterNumber.toLowerCase(Locale.ROOT);
        }
        String integer = LEADING_ZEROS.matcher(matcher.group(1)).replaceFirst("");
        String padded = "0".repeat(19 - integer.length()) + integer;
        String fraction = matcher.group(2) == null ? "" : TRAILING_ZEROS.matcher(matcher.group(2)).replaceFirst("");
        String rest = matcher.group(3) == null ? "" : matcher.group(3).toLowerCase(Locale.ROOT);
        return "0" + padded + (fraction.isEmpty() ? "" : "." + fraction) + rest;
    }
}
