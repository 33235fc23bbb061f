package org.readtrack.accounts;

import java.text.Normalizer;
import java.util.Locale;

/** How names compare: Unicode-normalised and case-folded, the same way on every database. */
final class Identifiers {

    private Identifiers() {
    }

    /** The stored form of a username: NFKC, so that look-alike compositions are one name. */
    static String normalize(String value) {
        return Normalizer.normalize(value, Normalizer.Form.NFKC);
    }

    /** The comparison key: upper- then lower-casing folds cases that lower-casing alone misses (ß, ς). */
    static String fold(String value) {
        return normalize(value).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }
}
