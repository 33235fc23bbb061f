package org.readtrack.shared;

import java.util.List;
import java.util.Optional;

/**
 * A list's {@code ?ordering=}: one of the fields that list sorts by, {@code -} first for descending. Every list
 * reads it here, so that each refuses a field it does not sort by in the same words (400 on {@code ordering},
 * naming the fields it does) rather than answering in an order the client did not ask for.
 *
 * @param field one of the list's fields, as the client names it
 */
public record Ordering(String field, boolean descending) {

    /** {@code requested} as one of {@code fields}, {@code fallback} when blank; else invalid on {@code ordering}. */
    public static Ordering parse(String requested, Ordering fallback, List<String> fields) {
        if (requested == null || requested.isBlank()) {
            return fallback;
        }
        return find(requested, fields)
                .orElseThrow(() -> FieldErrors.of("ordering", refusal(requested.strip(), fields)));
    }

    /** Empty for a value that names none of {@code fields}: for a list that reports it with other mistakes. */
    public static Optional<Ordering> find(String value, List<String> fields) {
        String text = value.strip();
        boolean descending = text.startsWith("-");
        String field = descending ? text.substring(1) : text;
        return fields.contains(field) ? Optional.of(new Ordering(field, descending)) : Optional.empty();
    }

    /** The message of a value that names none of {@code fields}. */
    public static String refusal(String value, List<String> fields) {
        return "Invalid ordering \"" + value + "\". Use one of " + String.join(", ", fields)
                + ", with a leading - for descending order.";
    }
}
