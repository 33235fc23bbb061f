package org.readtrack.progress;

import java.util.regex.Pattern;

/**
 * A last chapter as readers write it, in a form or a spreadsheet, made the number the reading list counts, sorts and
 * moves on by. Two habits would otherwise turn a number into a text that sorts after every chapter, its unread count
 * and next chapter lost:
 * <ul>
 * <li>a word before the number ("Ch. 120", "chap 5", "Chapitre 12", "Episode 3", "#40"), taken off; only a word
 * followed by a number goes, so "Chapter One" or "Extra" stay as they are;</li>
 * <li>a decimal comma, as French spreadsheets and keyboards write it ({@code 475,5} is {@code 475.5}); three digits
 * after a comma are thousands ({@code 1,000}), a chapter's name kept as written;</li>
 * <li>thousands set apart by a space, as French writes them and spreadsheets format them ({@code 1 127}, with a
 * no-break or a thin space too, or the Swiss {@code 1'127}): nothing else is written so, and the digits are joined
 * ({@code 1127}).</li>
 * </ul>
 */
final class TypedChapter {

    private static final Pattern WORD_BEFORE_NUMBER = Pattern.compile(
            "^(?:chapters?|chapitres?|chap|chp|ch|cap[ií]tulo|cap|episodes?|[ée]pisodes?|ep|[ée]p|#)\\s*\\.?\\s*(?=\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern DECIMAL_COMMA = Pattern.compile("[0-9]{1,4},[0-9]{1,2}");
    /** Groups of three digits after the first, each after one space of any width or an apostrophe. */
    private static final Pattern SPACED_THOUSANDS =
            Pattern.compile("[0-9]{1,3}(?:[ \u00A0\u202F\u2009'’][0-9]{3})+(?:[.,][0-9]{1,2})?");
    private static final Pattern THOUSANDS_SPACE = Pattern.compile("[ \u00A0\u202F\u2009'’]");

    private TypedChapter() {
    }

    /** Whether the chapter is written with its thousands set apart ({@code 1 127}, {@code Ch. 1 127,5}). */
    static boolean hasSpacedThousands(String typed) {
        return SPACED_THOUSANDS.matcher(WORD_BEFORE_NUMBER.matcher(typed.strip()).replaceFirst("")).matches();
    }

    static String canonical(String typed) {
        String chapter = WORD_BEFORE_NUMBER.matcher(typed.strip()).replaceFirst("");
        if (SPACED_THOUSANDS.matcher(chapter).matches()) {
            chapter = THOUSANDS_SPACE.matcher(chapter).replaceAll("");
        }
        return DECIMAL_COMMA.matcher(chapter).matches() ? chapter.replace(',', '.') : chapter;
    }
}
