package org.readtrack.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.readtrack.shared.FieldErrors;
import org.readtrack.shared.Messages;
import org.readtrack.shared.Patches;

/**
 * A partial entry: null leaves a field alone, an empty Optional is an explicit JSON null, which clears a field that
 * may be empty (a score, a date, a text) and is refused where the field holds no null (a status, a flag, the tags),
 * as Django REST Framework refuses it, rather than taken for the field's default.
 */
@SuppressWarnings("OptionalUsedAsFieldOrParameterType")
record ProgressPatch(Optional<Long> content, Optional<String> lastChapter, Optional<String> notes,
        Optional<ReadingStatus> status, Optional<BigDecimal> score, Optional<LocalDate> startedOn,
        Optional<LocalDate> finishedOn, Optional<Boolean> rereading, Optional<Integer> rereadCount,
        Optional<Boolean> favorite, Optional<String> readingUrl, Optional<List<String>> tags,
        @JsonProperty("private") Optional<Boolean> isPrivate) {

    ProgressRequest applyTo(ProgressRequest current) {
        FieldErrors nulls = new FieldErrors();
        refuseNull(nulls, "status", status);
        refuseNull(nulls, "rereading", rereading);
        refuseNull(nulls, "reread_count", rereadCount);
        refuseNull(nulls, "favorite", favorite);
        refuseNull(nulls, "tags", tags);
        refuseNull(nulls, "private", isPrivate);
        nulls.throwIfAny();
        return new ProgressRequest(Patches.merge(content, current.content()),
                Patches.merge(lastChapter, current.lastChapter()), Patches.merge(notes, current.notes()),
                Patches.merge(status, current.status()), Patches.merge(score, current.score()),
                Patches.merge(startedOn, current.startedOn()), Patches.merge(finishedOn, current.finishedOn()),
                Patches.merge(rereading, current.rereading()), Patches.merge(rereadCount, current.rereadCount()),
                Patches.merge(favorite, current.favorite()), Patches.merge(readingUrl, current.readingUrl()),
                Patches.merge(tags, current.tags()), Patches.merge(isPrivate, current.isPrivate()));
    }

    private static void refuseNull(FieldErrors errors, String field, Optional<?> value) {
        if (value != null && value.isEmpty()) {
            errors.add(field, Messages.NOT_NULL);
        }
    }
}
