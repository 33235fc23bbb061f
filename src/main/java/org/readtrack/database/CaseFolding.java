package org.readtrack.database;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How names compare: Unicode-normalised and case-folded in Java, so that SQLite (whose own lower() knows
 * only ASCII) and PostgreSQL agree. Unique keys are stored in this folded form.
 */
public final class CaseFolding {

    private CaseFolding() {
    }

    /** The stored form of a username: NFKC, so that look-alike compositions are one name. */
    public static String normalize(String value) {
        return Normalizer.normalize(value, Normalizer.Form.NFKC);
    }

    /** The comparison key: upper- then lower-casing folds cases that lower-casing alone misses (ß, ς). */
    public static String fold(String value) {
        return normalize(value).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }
}
