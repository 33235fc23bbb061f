package org.readtrack.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

import org.readtrack.shared.FieldErrors;
import org.readtrack.shared.Patches;

/**
 * A partial entry: null leaves a field alone, an empty Optional is an explicit JSON null, which clears a field that
 * may be empty (a score, a date, a text) and is refused where the field holds no null (a status, a flag, the tags).
 */
@SuppressWarnings("OptionalUsedAsFieldOrParameterType")
record ProgressPatch(Optional<Long> content, Optional<@Nullable String> lastChapter, Optional<@Nullable String> notes,
        Optional<ReadingStatus> status, Optional<@Nullable BigDecimal> score, Optional<@Nullable LocalDate> startedOn,
        Optional<@Nullable LocalDate> finishedOn, Optional<Boolean> rereading, Optional<Integer> rereadCount,
        Optional<Boolean> favorite, Optional<@Nullable String> readingUrl, Optional<List<String>> tags,
        @JsonProperty("private") Optional<Boolean> isPrivate) {

    ProgressRequest applyTo(ProgressRequest current) {
        FieldErrors nulls = new FieldErrors();
        Patches.refuseNull(nulls, "status", status);
        Patches.refuseNull(nulls, "rereading", rereading);
        Patches.refuseNull(nulls, "reread_count", rereadCount);
        Patches.refuseNull(nulls, "favorite", favorite);
        Patches.refuseNull(nulls, "tags", tags);
        Patches.refuseNull(nulls, "private", isPrivate);
        nulls.throwIfAny();
        return new ProgressRequest(Patches.merge(content, current.content()),
                Patches.merge(lastChapter, current.lastChapter()), Patches.merge(notes, current.notes()),
                Patches.merge(status, current.status()), Patches.merge(score, current.score()),
                Patches.merge(startedOn, current.startedOn()), Patches.merge(finishedOn, current.finishedOn()),
                Patches.merge(rereading, current.rereading()), Patches.merge(rereadCount, current.rereadCount()),
                Patches.merge(favorite, current.favorite()), Patches.merge(readingUrl, current.readingUrl()),
                Patches.merge(tags, current.tags()), Patches.merge(isPrivate, current.isPrivate()));
    }
}
