package org.readtrack.progress;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.readtrack.shared.Ordering;

/**
 * The orders of a reader's list: {@code ?ordering=} a field name, {@code -} first for descending. Entries without
 * a score or a date come last both ways; the entry id breaks ties, so that pages never overlap.
 */
record ProgressOrdering(Key key, boolean descending) {

    static final ProgressOrdering DEFAULT = new ProgressOrdering(Key.UPDATED_AT, true);

    enum Key {
        UPDATED_AT("updated_at", "p.updated_at", false),
        TITLE("title", "c.title_key", false), // case, accents and punctuation ignored
        SCORE("score", "p.score", true),
        UNREAD_COUNT("unread_count", "unread_count", false),
        STARTED_ON("started_on", "p.started_on", true),
        FINISHED_ON("finished_on", "p.finished_on", true);

        private final String name;
        private final String column;
        private final boolean nullable;

        Key(String name, String column, boolean nullable) {
            this.name = name;
            this.column = column;
            this.nullable = nullable;
        }
    }

    /** The names of the orders, as {@code ?ordering=} takes them. */
    static final List<String> NAMES = Arrays.stream(Key.values()).map(key -> key.name).toList();

    /** Empty for a name that is none of the orders. */
    static Optional<ProgressOrdering> parse(String value) {
        return Ordering.find(value, NAMES).map(ordering ->
                new ProgressOrdering(Key.values()[NAMES.indexOf(ordering.field())], ordering.descending()));
    }

    boolean byTitle() {
        return key == Key.TITLE;
    }

    /** The ORDER BY clause; nulls last in both directions, on both databases. */
    String orderBy() {
        String direction = descending ? " DESC" : "";
        String nullsLast = key.nullable ? "(" + key.column + " IS NULL), " : "";
        return " ORDER BY " + nullsLast + key.column + direction + ", p.id" + direction;
    }
}
