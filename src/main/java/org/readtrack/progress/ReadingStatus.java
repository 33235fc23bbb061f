package org.readtrack.progress;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where a reader stands with a content; stored and sent as its value. */
public enum ReadingStatus {
    READING("reading"), COMPLETED("completed"), ON_HOLD("on_hold"), DROPPED("dropped"), PLAN_TO_READ("plan_to_read");

    private final String value;

    ReadingStatus(String value) {
        this.value = value;
    }

    @JsonValue
    String value() {
        return value;
    }

    static ReadingStatus fromValue(String value) {
        for (ReadingStatus status : values()) {
            if (status.value.equals(value)) {
                return status;
            }
        }
        throw new IllegalArgumentException("\"" + value + "\" is not a valid choice.");
    }
}
