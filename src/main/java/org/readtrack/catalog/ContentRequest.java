package org.readtrack.catalog;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.hibernate.validator.constraints.CodePointLength;

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
        BigDecimal rating,

        @CodePointLength(max = Messages.TEXT_LIMIT, message = Messages.MAX_TEXT)
        String description,

        @NotNull(message = Messages.REQUIRED)
        Long featureCategory) {

    static final String DEFAULT_LANGUAGE = "fr";

    ContentRequest {
        title = title == null ? null : title.strip();
        author = author == null ? "" : author.strip();
        language = language == null ? DEFAULT_LANGUAGE : language.strip();
        status = status == null ? ContentStatus.ONGOING : status;
        description = description == null ? "" : description.strip();
    }
}
