package org.readtrack.accounts;

import com.fasterxml.jackson.annotation.JsonValue;

/** The languages the web app speaks, by their ISO 639-1 code; an account may prefer one of them. */
public enum Language {
    EN("en"), FR("fr");

    private final String value;

    Language(String value) {
        this.value = value;
    }

    @JsonValue
    public String value() {
        return value;
    }

    /** A stored value; null (no preference) stays null. */
    static Language fromValue(String value) {
        if (value == null) {
            return null;
        }
        for (Language language : values()) {
            if (language.value.equals(value)) {
                return language;
            }
        }
        throw new IllegalArgumentException("\"" + value + "\" is not a valid choice.");
    }
}
