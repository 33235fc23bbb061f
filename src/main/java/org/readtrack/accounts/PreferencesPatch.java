package org.readtrack.accounts;

import java.util.Optional;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import org.readtrack.shared.Patches;

/**
 * Some preferences: null leaves one alone, an empty Optional is an explicit JSON null (for the language and
 * the time zone: follow the device again).
 */
@SuppressWarnings("OptionalUsedAsFieldOrParameterType")
record PreferencesPatch(
        @Schema(description = "`en` or `fr`; null: the device's language.")
        Optional<@Nullable Language> language,
        Optional<Theme> theme,
        @Schema(example = "Europe/Paris",
                description = "An IANA time zone; null: the device's.")
        Optional<@Nullable String> timeZone) {

    Preferences applyTo(Preferences current) {
        return new Preferences(Patches.merge(language, current.language()), Patches.merge(theme, current.theme()),
                Patches.merge(timeZone, current.timeZone()));
    }
}
