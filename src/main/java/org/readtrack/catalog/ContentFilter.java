package org.readtrack.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.readtrack.shared.FieldErrors;
import org.readtrack.shared.Ordering;

/**
 * The query of a content list: filters, search text, and the order as SQL terms taken from a closed
 * list, so that no client text ever reaches the ORDER BY clause.
 */
record ContentFilter(Long category, ContentStatus status, String language, String search, List<String> orderBy) {

    /** Titles by their key (case, accents and punctuation ignored), as a reader expects an alphabetical list. */
    private static final Map<String, String> SORTABLE =
            Map.of("title", "c.title_key", "created_at", "c.created_at", "updated_at", "c.updated_at");
    /** Those fields, in the order a refusal names them. */
    private static final List<String> FIELDS = List.of("title", "created_at", "updated_at");
    static final String DEFAULT_ORDERING = "title";

    static ContentFilter of(Long category, ContentStatus status, String language, String search, String ordering) {
        return new ContentFilter(category, status, blankToNull(language), blankToNull(search), orderBy(ordering));
    }

    /** {@code title,-created_at}: comma-separated fields, {@code -} for descending; ties go by id. */
    private static List<String> orderBy(String ordering) {
        String requested = ordering == null || ordering.isBlank() ? DEFAULT_ORDERING : ordering;
        List<String> terms = new ArrayList<>();
        FieldErrors errors = new FieldErrors();
        boolean firstDescending = false;
        for (String part : requested.split(",")) {
            Ordering term = Ordering.find(part, FIELDS).orElse(null);
            if (term == null) {
                errors.add("ordering", Ordering.refusal(part.strip(), FIELDS));
                continue;
            }
            if (terms.isEmpty()) {
                firstDescending = term.descending();
            }
            terms.add(SORTABLE.get(term.field()) + (term.descending() ? " DESC" : " ASC"));
        }
        errors.throwIfAny();
        // the id follows the first term's direction, so one index can serve both
        terms.add("c.id" + (firstDescending ? " DESC" : " ASC"));
        return List.copyOf(terms);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
