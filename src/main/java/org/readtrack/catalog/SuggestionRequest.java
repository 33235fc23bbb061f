package org.readtrack.catalog;

import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A series a reader proposes: the fields of a content that a reader knows. Validated exactly as a content is
 * (same rules, same messages): it becomes one.
 */
record SuggestionRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200) String title,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The category's id") Long featureCategory,
        @Schema(maxLength = 120) String author,
        @Schema(maxLength = 50, description = "Default `fr`, as for any content") String language,
        String description,
        @ArraySchema(schema = @Schema(minLength = 1, maxLength = AltTitles.MAX_LENGTH), maxItems = AltTitles.MAX_COUNT)
        List<String> altTitles,
        @ArraySchema(schema = @Schema(allowableValues = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"}))
        List<String> releaseDays) {

    /** The content it becomes: ongoing, unrated, the rest as given. */
    ContentRequest asContent() {
        return new ContentRequest(title, author, language, null, null, description, featureCategory, altTitles,
                releaseDays);
    }
}
