package org.readtrack.catalog;

import com.fasterxml.jackson.annotation.JsonValue;

import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

public enum ContentStatus {
    ONGOING("ongoing"), COMPLETED("completed"), HIATUS("hiatus");

    private final String value;

    ContentStatus(String value) {
        this.value = value;
    }

    @JsonValue
    public String value() {
        return value;
    }

    static ContentStatus fromValue(String value) {
        for (ContentStatus status : values()) {
            if (status.value.equals(value)) {
                return status;
            }
        }
        throw new IllegalArgumentException("\"" + value + "\" is not a valid choice.");
    }

    /** Reads {@code ?status=completed}; an unknown value becomes a 400 naming the parameter. */
    @Component
    static class FromQuery implements Converter<String, ContentStatus> {
        @Override
        public ContentStatus convert(String source) {
            return fromValue(source.strip());
        }
    }
}
