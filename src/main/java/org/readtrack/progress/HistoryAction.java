package org.readtrack.progress;

import com.fasterxml.jackson.annotation.JsonValue;

/** What made a change to an entry. */
enum HistoryAction {
    CREATE("create"), UPDATE("update"), ADVANCE("advance"), IMPORT("import"), UNDO("undo"),
    /** The entry took in the reader's entry on a suggested content merged into its own (or moved there itself). */
    MERGE("merge");

    private final String value;

    HistoryAction(String value) {
        this.value = value;
    }

    @JsonValue
    String value() {
        return value;
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
