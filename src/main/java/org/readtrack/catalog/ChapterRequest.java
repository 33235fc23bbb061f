package org.readtrack.catalog;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.readtrack.web.Messages;

record ChapterRequest(
        @NotNull(message = Messages.REQUIRED)
        Long content,

        @NotNull(message = Messages.REQUIRED)
        @Pattern(regexp = Messages.NOT_BLANK_PATTERN, message = Messages.NOT_BLANK)
        @Size(max = 50, message = Messages.MAX_50)
        String chapterNumber,

        @Size(max = 200, message = Messages.MAX_200)
        String title,

        LocalDate releaseDate) {

    ChapterRequest {
        chapterNumber = chapterNumber == null ? null : chapterNumber.strip();
        title = title == null ? "" : title.strip();
    }
}
