package org.readtrack.progress;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import org.hibernate.validator.constraints.CodePointLength;
import org.jspecify.annotations.Nullable;

import org.readtrack.shared.Messages;

/**
 * A whole entry, as POST on {@code /api/progress/} takes it: every field a reader sets. Fields left out take
 * their defaults (a PUT, which the schema documents with this record, keeps their stored values instead). The rules between fields (dates in order, tags, the reading address) are
 * {@link EntryRules}'.
 */
record ProgressRequest(
        @NotNull(message = Messages.REQUIRED)
        Long content,

        @CodePointLength(max = 50, message = Messages.MAX_50)
        String lastChapter,

        @CodePointLength(max = Messages.TEXT_LIMIT, message = Messages.MAX_TEXT)
        String notes,

        ReadingStatus status,

        @DecimalMin(value = "0", message = "Ensure this value is greater than or equal to 0.")
        @DecimalMax(value = "10", message = "Ensure this value is less than or equal to 10.")
        @Digits(integer = 2, fraction = 1, message = "Ensure that there are no more than 1 decimal places.")
        @Nullable BigDecimal score,

        @Schema(description = "Set to today when the entry first gets a chapter or the status reading, unless given.")
        @Nullable LocalDate startedOn,

        @Schema(description = "On or after started_on. Set to today when the entry becomes completed, unless given.")
        @Nullable LocalDate finishedOn,

        Boolean rereading,

        @Min(value = 0, message = "Ensure this value is greater than or equal to 0.")
        Integer rereadCount,

        Boolean favorite,

        @CodePointLength(max = 500, message = "Ensure this field has no more than 500 characters.")
        @Schema(description = "Where the reader reads it: \"\" or an absolute http(s) URL.")
        String readingUrl,

        @Size(max = EntryRules.MAX_TAGS, message = "Ensure this field has no more than 20 elements.")
        @Schema(description = "Each 1 to 50 characters, trimmed, unique whatever their case.")
        List<String> tags,

        @JsonProperty("private")
        @Schema(description = "Left out of the reader's public profile (its list and statistics).")
        Boolean isPrivate) {

    ProgressRequest {
        lastChapter = lastChapter == null ? "" : lastChapter.strip();
        notes = notes == null ? "" : notes.strip();
        status = status == null ? ReadingStatus.READING : status;
        score = normalized(score);
        rereading = rereading != null && rereading;
        rereadCount = rereadCount == null ? 0 : rereadCount;
        favorite = favorite != null && favorite;
        readingUrl = readingUrl == null ? "" : readingUrl.strip();
        tags = tags == null ? List.of() : tags.stream().map(ProgressRequest::composed).toList();
        isPrivate = isPrivate != null && isPrivate;
    }

    /** An entry that tracks {@code content} with every other field at its default. */
    /**
     * A tag trimmed and composed, so that "é" typed on one device and on another (e + accent) is one tag. Every
     * entry read is built here too, its tags long composed: the check allocates nothing, unlike a normalisation.
     */
    static String composed(String tag) {
        if (tag == null) {
            return "";
        }
        String trimmed = tag.strip();
        return Normalizer.isNormalized(trimmed, Normalizer.Form.NFC) ? trimmed
                : Normalizer.normalize(trimmed, Normalizer.Form.NFC);
    }

    static ProgressRequest tracking(long content) {
        return new ProgressRequest(content, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    ProgressRequest withContent(long newContent) {
        return new ProgressRequest(newContent, lastChapter, notes, status, score, startedOn, finishedOn, rereading,
                rereadCount, favorite, readingUrl, tags, isPrivate);
    }

    ProgressRequest withLastChapter(String chapter) {
        return new ProgressRequest(content, chapter, notes, status, score, startedOn, finishedOn, rereading,
                rereadCount, favorite, readingUrl, tags, isPrivate);
    }

    ProgressRequest withStatus(ReadingStatus newStatus) {
        return new ProgressRequest(content, lastChapter, notes, newStatus, score, startedOn, finishedOn, rereading,
                rereadCount, favorite, readingUrl, tags, isPrivate);
    }

    ProgressRequest withScore(@Nullable BigDecimal newScore) {
        return new ProgressRequest(content, lastChapter, notes, status, newScore, startedOn, finishedOn, rereading,
                rereadCount, favorite, readingUrl, tags, isPrivate);
    }

    ProgressRequest withTags(List<String> newTags) {
        return new ProgressRequest(content, lastChapter, notes, status, score, startedOn, finishedOn, rereading,
                rereadCount, favorite, readingUrl, newTags, isPrivate);
    }

    ProgressRequest withDates(LocalDate started, LocalDate finished) {
        return new ProgressRequest(content, lastChapter, notes, status, score, started, finished, rereading,
                rereadCount, favorite, readingUrl, tags, isPrivate);
    }

    /**
     * One written form per value, so that an unchanged score is not a change: {@code 8}, {@code 8.0} and
     * {@code 8.00} all become {@code 8.0}. A score with more decimals is left as it is for validation to refuse,
     * and so is one of more than three digits before the point: stripping the zeros of {@code 1e999999999} would
     * run out of range (an exception where a 400 is due).
     */
    private static BigDecimal normalized(BigDecimal score) {
        if (score == null || (long) score.precision() - score.scale() > 3) {
            return score;
        }
        BigDecimal stripped = score.stripTrailingZeros();
        return stripped.scale() <= 1 ? stripped.setScale(1) : score;
    }
}
