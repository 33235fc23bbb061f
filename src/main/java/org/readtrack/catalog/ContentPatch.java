package org.readtrack.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import org.readtrack.shared.FieldErrors;
import org.readtrack.shared.Patches;

/**
 * A partial content: null leaves a field alone, an empty Optional is an explicit JSON null, which clears a field that
 * may be empty and is refused for the language and the status rather than taken for their defaults.
 */
record ContentPatch(
        Optional<String> title,
        Optional<@Nullable String> author,
        Optional<String> language,
        Optional<ContentStatus> status,
        Optional<@Nullable BigDecimal> rating,
        Optional<@Nullable String> description,
        Optional<Long> featureCategory,
        @ArraySchema(arraySchema = @Schema(description = "Replaces the whole list; null empties it."),
                schema = @Schema(maxLength = AltTitles.MAX_LENGTH))
        Optional<@Nullable List<String>> altTitles,
        @ArraySchema(arraySchema = @Schema(description = "Replaces the whole set; null empties it."),
                schema = @Schema(allowableValues = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"}))
        Optional<@Nullable List<String>> releaseDays) {

    ContentRequest applyTo(ContentRequest current) {
        FieldErrors nulls = new FieldErrors();
        Patches.refuseNull(nulls, "language", language);
        Patches.refuseNull(nulls, "status", status);
        nulls.throwIfAny();
        return new ContentRequest(
                Patches.merge(title, current.title()),
                Patches.merge(author, current.author()),
                Patches.merge(language, current.language()),
                Patches.merge(status, current.status()),
                Patches.merge(rating, current.rating()),
                Patches.merge(description, current.description()),
                Patches.merge(featureCategory, current.featureCategory()),
                Patches.merge(altTitles, current.altTitles()),
                Patches.merge(releaseDays, current.releaseDays()));
    }
}
