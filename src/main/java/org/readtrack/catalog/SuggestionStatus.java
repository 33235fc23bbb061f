package org.readtrack.catalog;

import com.fasterxml.jackson.annotation.JsonValue;

import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/** Where a suggestion stands: pending until a moderator approves, rejects or merges it, and then for good. */
public enum SuggestionStatus {
    PENDING("pending"), APPROVED("approved"), REJECTED("rejected"), MERGED("merged");

    private final String value;

    SuggestionStatus(String value) {
        this.value = value;
    }

    @JsonValue
    public String value() {
        return value;
    }

    static SuggestionStatus fromValue(String value) {
        for (SuggestionStatus status : values()) {
            if (status.value.equals(value)) {
                return status;
            }
        }
        throw new IllegalArgumentException("\"" + value + "\" is not a valid choice.");
    }

    /** Reads {@code ?status=pending}; an unknown value becomes a 400 naming the parameter. */
    @Component
    static class FromQuery implements Converter<String, SuggestionStatus> {
        @Override
        public SuggestionStatus convert(String source) {
            return fromValue(source.strip());
        }
    }
}
