package org.readtrack.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.hibernate.validator.constraints.CodePointLength;

import org.readtrack.shared.Messages;

/**
 * The body of {@code PUT /api/contents/{id}/progress/}. A field left out keeps its stored value (or its
 * default for a new entry), so recording the last chapter read never wipes the notes. Its own constraints
 * document the fields; the whole entry it produces is validated as any other.
 */
record ProgressUpdate(
        @CodePointLength(max = 50, message = Messages.MAX_50) String lastChapter,
        @CodePointLength(max = Messages.TEXT_LIMIT, message = Messages.MAX_TEXT) String notes,
        ReadingStatus status,
        @DecimalMin(value = "0", message = "Ensure this value is greater than or equal to 0.")
        @DecimalMax(value = "10", message = "Ensure this value is less than or equal to 10.")
        @Digits(integer = 2, fraction = 1, message = "Ensure that there are no more than 1 decimal places.")
        BigDecimal score,
        LocalDate startedOn,
        LocalDate finishedOn,
        Boolean rereading,
        @Min(value = 0, message = "Ensure this value is greater than or equal to 0.") Integer rereadCount,
        Boolean favorite,
        @CodePointLength(max = 500, message = "Ensure this field has no more than 500 characters.") String readingUrl,
        @Size(max = EntryRules.MAX_TAGS, message = "Ensure this field has no more than 20 elements.")
        List<String> tags,
        @JsonProperty("private") Boolean isPrivate) {

    /** The entry {@code current} with the fields this update gives. */
    ProgressRequest applyTo(ProgressRequest current) {
        return new ProgressRequest(current.content(), given(lastChapter, current.lastChapter()),
                given(notes, current.notes()), given(status, current.status()), given(score, current.score()),
                given(startedOn, current.startedOn()), given(finishedOn, current.finishedOn()),
                given(rereading, current.rereading()), given(rereadCount, current.rereadCount()),
                given(favorite, current.favorite()), given(readingUrl, current.readingUrl()),
                given(tags, current.tags()), given(isPrivate, current.isPrivate()));
    }

    private static <T> T given(T value, T current) {
        return value == null ? current : value;
    }
}
