package org.readtrack.progress;

import java.util.ArrayList;
import java.util.List;

import org.readtrack.shared.FieldErrors;
import org.readtrack.shared.Ordering;

/**
 * Which of the caller's entries a list shows, and in what order; null (or empty) conditions are not applied.
 *
 * @param releaseDayBit the bit of a day in {@code contents.release_days}
 */
record ProgressFilter(Long contentId, List<ReadingStatus> statuses, Boolean favorite, String tag, Boolean hasUnread,
        String search, Integer releaseDayBit, ProgressOrdering ordering) {

    /** The filter of {@code GET /api/progress/}'s parameters; every unknown value is reported, by parameter. */
    static ProgressFilter of(Long contentId, String statuses, Boolean favorite, String tag, Boolean hasUnread,
            String search, Integer releaseDayBit, String ordering) {
        FieldErrors errors = new FieldErrors();
        List<ReadingStatus> wanted = new ArrayList<>();
        if (statuses != null) {
            for (String value : statuses.split(",")) {
                if (!value.isBlank()) {
                    try {
                        wanted.add(ReadingStatus.fromValue(value.strip()));
                    } catch (IllegalArgumentException e) {
                        errors.add("status", e.getMessage());
                    }
                }
            }
        }
        ProgressOrdering order = ProgressOrdering.DEFAULT;
        if (ordering != null && !ordering.isBlank()) {
            order = ProgressOrdering.parse(ordering).orElse(null);
            if (order == null) {
                errors.add("ordering", Ordering.refusal(ordering.strip(), ProgressOrdering.NAMES));
            }
        }
        errors.throwIfAny();
        return new ProgressFilter(contentId, List.copyOf(wanted), favorite, blankToNull(tag), hasUnread,
                blankToNull(search), releaseDayBit, order);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Whether the query needs the tracked content's row. */
    boolean readsContents() {
        return search != null || releaseDayBit != null || ordering.byTitle();
    }
}
