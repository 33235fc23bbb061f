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

    @jakarta.persistence.Converter(autoApply = true)
    static class Column implements jakarta.persistence.AttributeConverter<Role, String> {
        @Override
        public String convertToDatabaseColumn(Role role) {
            return role.value;
        }

        @Override
        public Role convertToEntityAttribute(String value) {
            return fromValue(value);
        }
    }
}
