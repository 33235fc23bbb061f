package org.readtrack.accounts;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/** Who may create an account ({@code READTRACK_REGISTRATION}). */
enum RegistrationMode {
    /** Anyone. */
    OPEN("open"),
    /** Only with an administrator's invitation. */
    INVITE("invite"),
    /** Nobody through the API: accounts come from the command line ({@code create-admin}) alone. */
    CLOSED("closed");

    private final String value;

    RegistrationMode(String value) {
        this.value = value;
    }

    @JsonValue
    String value() {
        return value;
    }

    /** Empty is the default, open: an empty variable in an env file means "not set". */
    static RegistrationMode parse(String text) {
        String value = text.strip().toLowerCase(Locale.ROOT);
        if (value.isEmpty()) {
            return OPEN;
        }
        for (RegistrationMode mode : values()) {
            if (mode.value.equals(value)) {
                return mode;
            }
        }
        throw new IllegalArgumentException("READTRACK_REGISTRATION: '" + text + "' is not one of open (anyone may"
                + " register), invite (only with an invitation) or closed (nobody)");
    }
}
