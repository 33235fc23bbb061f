package org.readtrack.progress;

import com.fasterxml.jackson.annotation.JsonValue;

/** What made a change to an entry. */
enum HistoryAction {
    CREATE("create"), UPDATE("update"), ADVANCE("advance"), IMPORT("import"), UNDO("undo");

    private final String value;

    HistoryAction(String value) {
        this.value = value;
    }

    @JsonValue
    String value() {
        return value;
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
