package org.readtrack.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.hibernate.validator.constraints.CodePointLength;
import org.jspecify.annotations.Nullable;

import org.readtrack.shared.Messages;

/**
 * The body of {@code PUT /api/contents/{id}/progress/}: a patch of the caller's entry for the content in the path
 * (a new entry starts from the defaults). A field left out keeps its stored value, so recording the last chapter
 * read never wipes the notes; an explicit null clears a field that may be empty and is refused elsewhere, as in a
 * PATCH. Its constraints document the fields in the API's schema; the whole entry it produces is validated as any
 * other.
 */
@SuppressWarnings("OptionalUsedAsFieldOrParameterType")
record ProgressUpdate(
        @CodePointLength(max = 50, message = Messages.MAX_50) Optional<@Nullable String> lastChapter,
        @CodePointLength(max = Messages.TEXT_LIMIT, message = Messages.MAX_TEXT) Optional<@Nullable String> notes,
        Optional<ReadingStatus> status,
        @DecimalMin(value = "0", message = "Ensure this value is greater than or equal to 0.")
        @DecimalMax(value = "10", message = "Ensure this value is less than or equal to 10.")
        @Digits(integer = 2, fraction = 1, message = "Ensure that there are no more than 1 decimal places.")
        Optional<@Nullable BigDecimal> score,
        Optional<@Nullable LocalDate> startedOn,
        Optional<@Nullable LocalDate> finishedOn,
        Optional<Boolean> rereading,
        @Min(value = 0, message = "Ensure this value is greater than or equal to 0.") Optional<Integer> rereadCount,
        Optional<Boolean> favorite,
        @CodePointLength(max = 500, message = "Ensure this field has no more than 500 characters.")
        Optional<@Nullable String> readingUrl,
        @Size(max = EntryRules.MAX_TAGS, message = "Ensure this field has no more than 20 elements.")
        Optional<List<String>> tags,
        @JsonProperty("private") Optional<Boolean> isPrivate) {

    /** The same change as a patch that leaves the content as it is. */
    ProgressPatch asPatch() {
        return new ProgressPatch(null, lastChapter, notes, status, score, startedOn, finishedOn, rereading, rereadCount,
                favorite, readingUrl, tags, isPrivate);
    }
}
