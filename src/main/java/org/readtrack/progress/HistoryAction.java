package org.readtrack.progress;

import com.fasterxml.jackson.annotation.JsonValue;

/** What made a change to an entry. */
enum HistoryAction {
    CREATE("create"), UPDATE("update"), ADVANCE("advance"), IMPORT("import"), UNDO("undo"),
    /**
     * The entry took in the reader's entry on a suggested content merged into its own (or moved there itself).
     * Clients see an {@code update}: DESIGN.md B1 fixes the actions they may meet to the five above.
     */
    MERGE("merge", "update");

    private final String value;
    private final String shown;

    HistoryAction(String value) {
        this(value, value);
    }

    HistoryAction(String value, String shown) {
        this.value = value;
        this.shown = shown;
    }

    /** As stored. */
    String value() {
        return value;
    }

    /** As the API says it. */
    @JsonValue
    String shown() {
        return shown;
    }

    /**
     * Whether an undo may revert it. Not the creation; not a merge either, where the entry's history starts anew
     * on another content (the one it came from is gone, so going back across it could only fail).
     */
    boolean revertible() {
        return this != CREATE && this != MERGE && this != UNDO;
    }

    static HistoryAction fromValue(String value) {
        for (HistoryAction action : values()) {
            if (action.value.equals(value)) {
                return action;
            }
        }
        throw new IllegalArgumentException("Unknown history action " + value);
    }
}
