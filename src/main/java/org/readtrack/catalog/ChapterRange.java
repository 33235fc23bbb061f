package org.readtrack.catalog;

import java.time.LocalDate;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import org.readtrack.shared.Messages;

/**
 * Chapters {@code from}..{@code to} of a content, numbered with whole numbers, added in one request: what an
 * administrator does for a series that already has 120 chapters out.
 */
record ChapterRange(
        @NotNull(message = Messages.REQUIRED)
        Long content,

        @NotNull(message = Messages.REQUIRED)
        @Min(value = 0, message = "Ensure this value is greater than or equal to 0.")
        @Max(value = 1_000_000, message = "Ensure this value is less than or equal to 1000000.")
        @Schema(description = "First chapter number, included.", example = "1")
        Integer from,

        @NotNull(message = Messages.REQUIRED)
        @Min(value = 0, message = "Ensure this value is greater than or equal to 0.")
        @Max(value = 1_000_000, message = "Ensure this value is less than or equal to 1000000.")
        @Schema(description = "Last chapter number, included.", example = "120")
        Integer to,

        @Schema(description = "Release date given to every chapter of the range; none when left out or null.")
        @Nullable LocalDate releaseDate,

        @Schema(description = "True: the numbers the content already has are left out and the others added (1–125 "
                + "on a series of 120 chapters adds 121 to 125). False or left out: such a number refuses the whole "
                + "range (409).", defaultValue = "false")
        @Nullable Boolean skipExisting) {

    /** Enough for any series's back catalogue in one go, small enough to stay one short transaction. */
    static final int MAX_CHAPTERS = 2_000;

    boolean skipsExisting() {
        return Boolean.TRUE.equals(skipExisting);
    }

    @AssertTrue(message = "Ensure this value is at least `from` and at most " + MAX_CHAPTERS + " chapters after it.")
    @Schema(hidden = true)
    boolean isTo() {
        return from == null || to == null || (to >= from && to - from < MAX_CHAPTERS);
    }
}
