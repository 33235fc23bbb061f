package org.readtrack.security;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What an account may do. Each role includes the one before it: moderators do what users do and also write the
 * catalog and review suggestions; administrators also manage accounts and invitations and see site statistics.
 */
public enum Role {
    USER("user"), MODERATOR("moderator"), ADMIN("admin");

    private final String value;

    Role(String value) {
        this.value = value;
    }

    @JsonValue
    public String value() {
        return value;
    }

    /** Moderators and administrators write the catalog. */
    public boolean editsCatalog() {
        return this != USER;
    }

    public static Role fromValue(String value) {
        for (Role role : values()) {
            if (role.value.equals(value)) {
                return role;
            }
        }
        throw new IllegalArgumentException("Unknown role " + value);
    }
}
