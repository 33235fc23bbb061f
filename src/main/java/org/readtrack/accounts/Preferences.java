package org.readtrack.accounts;

import jakarta.validation.constraints.NotNull;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import org.readtrack.shared.Messages;

/**
 * How the web app is set up for its owner, whatever device they sign in on. A null language or time zone
 * follows the device (the browser's language, the system's zone): a new account follows its device until
 * its owner chooses otherwise.
 */
public record Preferences(
        @Schema(description = "`en` or `fr`; null: the device's language.")
        @Nullable Language language,

        @NotNull(message = Messages.NOT_NULL)
        @Schema(description = "`system` follows the device's light or dark setting.")
        Theme theme,

        @KnownTimeZone
        @Schema(description = "An IANA time zone such as `Europe/Paris`, for the dates shown; null: the device's.",
                example = "Europe/Paris")
        @Nullable String timeZone) {

    /** A new account's: everything as the device says. */
    static final Preferences DEVICE = new Preferences(null, Theme.SYSTEM, null);
}
