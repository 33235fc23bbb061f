package org.readtrack.catalog;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form in which titles (and category names) are compared when a list is imported: lower case, accents
 * removed, quotes and apostrophes of every style removed, other punctuation and symbols turned into spaces,
 * spaces collapsed; invisible formatting characters (a zero-width space, a left-to-right mark, a byte order mark,
 * all common in text pasted from elsewhere) removed. {@code "L’Attaque des Titans  !"} and
 * {@code "l'attaque des titans"} have the same key.
 * The one function used both to store the keys ({@code content_title_keys}) and to look them up.
 */
public final class TitleKey {

    private static final Pattern MARKS_AND_FORMATTING = Pattern.compile("[\\p{M}\\p{Cf}]+");
    private static final Pattern QUOTES = Pattern.compile("['’‘‛`´ʼ\"“”„«»]");
    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{P}\\p{S}\\s\\p{Z}\\p{Cc}]+");

    private TitleKey() {
    }

    public static String of(String title) {
        if (title == null) {
            return "";
        }
        String decomposed = MARKS_AND_FORMATTING.matcher(Normalizer.normalize(title, Normalizer.Form.NFKD))
                .replaceAll("");
        String folded = decomposed.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        String unquoted = QUOTES.matcher(folded).replaceAll("");
        return PUNCTUATION.matcher(unquoted).replaceAll(" ").strip();
    }
}
