package org.readtrack.accounts;

import com.fasterxml.jackson.annotation.JsonValue;

enum Role {
    USER("user"), ADMIN("admin");

    private final String value;

    Role(String value) {
        this.value = value;
    }

    @JsonValue
    String value() {
        return value;
    }

    static Role fromValue(String value) {
        for (Role role : values()) {
            if (role.value.equals(value)) {
                return role;
            }
        }
        throw new IllegalArgumentException("Unknown role " + value);
    }
}
