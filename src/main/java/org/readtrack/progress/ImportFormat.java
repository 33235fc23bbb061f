package org.readtrack.progress;

import com.fasterxml.jackson.annotation.JsonValue;

/** The formats a reading list is imported from and exported to. */
enum ImportFormat {
    CSV("csv"), MAL("mal"), JSON("json");

    private final String value;

    ImportFormat(String value) {
        this.value = value;
    }

    @JsonValue
    String value() {
        return value;
    }

    /** {@code csv}, {@code mal} or {@code json}; null for {@code auto} or nothing. */
    static ImportFormat parse(String value) {
        if (value == null || value.isBlank() || value.strip().equalsIgnoreCase("auto")) {
            return null;
        }
        for (ImportFormat format : values()) {
            if (format.value.equalsIgnoreCase(value.strip())) {
                return format;
            }
        }
        throw org.readtrack.shared.FieldErrors.of("format", "\"" + value + "\" is not a valid choice; use auto, csv,"
                + " mal or json.");
    }
}
