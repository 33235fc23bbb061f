package org.readtrack.security;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a personal API token may do: {@code read} (GET, HEAD and OPTIONS only) or {@code write} (what its owner may). */
public enum PersonalTokenScope {
    READ("read"), WRITE("write");

    private final String value;

    PersonalTokenScope(String value) {
        this.value = value;
    }

    @JsonValue
    public String value() {
        return value;
    }

    public static PersonalTokenScope fromValue(String value) {
        for (PersonalTokenScope scope : values()) {
            if (scope.value.equals(value)) {
                return scope;
            }
        }
        throw new IllegalArgumentException("\"" + value + "\" is not a valid choice.");
    }
}
