package org.readtrack.catalog;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.hibernate.validator.constraints.CodePointLength;
import org.jspecify.annotations.Nullable;

import org.readtrack.shared.Messages;

record ChapterRequest(
        @NotNull(message = Messages.REQUIRED)
        Long content,

        @NotNull(message = Messages.REQUIRED)
        @Pattern(regexp = Messages.NOT_BLANK_PATTERN, message = Messages.NOT_BLANK)
        @CodePointLength(max = 50, message = Messages.MAX_50)
        String chapterNumber,

        @CodePointLength(max = 200, message = Messages.MAX_200)
        String title,

        @Nullable LocalDate releaseDate) {

    ChapterRequest {
        chapterNumber = chapterNumber == null ? null : chapterNumber.strip();
        title = title == null ? "" : title.strip();
    }
}
