package org.readtrack.catalog;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import org.hibernate.validator.constraints.CodePointLength;
import org.jspecify.annotations.Nullable;

import org.readtrack.shared.Messages;

/** A whole content, as POST and PUT take it; omitted optional fields get their defaults. */
record ContentRequest(
        @NotNull(message = Messages.REQUIRED)
        @Pattern(regexp = Messages.NOT_BLANK_PATTERN, message = Messages.NOT_BLANK)
        @CodePointLength(max = 200, message = Messages.MAX_200)
        String title,

        @CodePointLength(max = 120, message = Messages.MAX_120)
        String author,

        @Pattern(regexp = Messages.NOT_BLANK_PATTERN, message = Messages.NOT_BLANK)
        @CodePointLength(max = 50, message = Messages.MAX_50)
        String language,

        ContentStatus status,

        @DecimalMin(value = "0", message = "Ensure this value is greater than or equal to 0.")
        @DecimalMax(value = "10", message = "Ensure this value is less than or equal to 10.")
        @Digits(integer = 2, fraction = 1, message = "Ensure that there are no more than 1 decimal place.")
        @Nullable BigDecimal rating,

        @CodePointLength(max = Messages.TEXT_LIMIT, message = Messages.MAX_TEXT)
        String description,

        @NotNull(message = Messages.REQUIRED)
        Long featureCategory,

        @AltTitles
        @ArraySchema(arraySchema = @Schema(description = "Other titles the content is known by (translations,"
                + " romanisations); the list's `search` finds them too. Trimmed; no two alike ignoring case."
                + " Default `[]`."),
                maxItems = AltTitles.MAX_COUNT,
                schema = @Schema(minLength = 1, maxLength = AltTitles.MAX_LENGTH))
        List<String> altTitles,

        @ReleaseDays
        @ArraySchema(arraySchema = @Schema(description = "Weekdays on which new chapters come out, in any order;"
                + " shown in week order; a day given twice counts once. Default `[]`."),
                schema = @Schema(allowableValues = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"}))
        List<String> releaseDays) {

    static final String DEFAULT_LANGUAGE = "fr";

    ContentRequest {
        title = title == null ? null : title.strip();
        author = author == null ? "" : author.strip();
        language = language == null ? DEFAULT_LANGUAGE : language.strip();
        status = status == null ? ContentStatus.ONGOING : status;
        description = description == null ? "" : description.strip();
        // nulls stay, for validation to report (toList() keeps them, List.copyOf would throw)
        altTitles = altTitles == null ? List.of() : altTitles.stream().map(t -> t == null ? null : t.strip()).toList();
        releaseDays = releaseDays == null ? List.of() : releaseDays.stream().toList();
    }
}
