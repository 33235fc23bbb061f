package org.readtrack.progress;

import java.util.Arrays;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;
import org.readtrack.shared.FieldErrors;

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
        return named(value).orElseThrow(() -> FieldErrors.of("format", "\"" + value
                + "\" is not a valid choice; use auto, csv, mal or json."));
    }

    /** The format of an export: {@code csv}, {@code mal} or {@code json}, the default (there is no {@code auto}). */
    static ImportFormat ofExport(String value) {
        if (value == null || value.isBlank()) {
            return JSON;
        }
        return named(value).orElseThrow(() -> FieldErrors.of("format", "Choose csv, json or mal."));
    }

    private static Optional<ImportFormat> named(String value) {
        return Arrays.stream(values()).filter(format -> format.value.equalsIgnoreCase(value.strip())).findFirst();
    }
}
