package org.readtrack.accounts;

import com.fasterxml.jackson.annotation.JsonValue;

/** How the web app is coloured for an account: as the device is set ({@code system}), or always light or dark. */
public enum Theme {
    SYSTEM("system"), LIGHT("light"), DARK("dark");

    private final String value;

    Theme(String value) {
        this.value = value;
    }

    @JsonValue
    public String value() {
        return value;
    }

    static Theme fromValue(String value) {
        for (Theme theme : values()) {
            if (theme.value.equals(value)) {
                return theme;
            }
        }
        throw new IllegalArgumentException("\"" + value + "\" is not a valid choice.");
    }
}
