package org.readtrack.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The body of {@code PUT /api/contents/{id}/progress/}. A field left out keeps its stored value (or its
 * default for a new entry), so recording the last chapter read never wipes the notes. Validated as the
 * whole entry it produces.
 */
record ProgressUpdate(String lastChapter, String notes, ReadingStatus status, BigDecimal score,
        LocalDate startedOn, LocalDate finishedOn, Boolean rereading, Integer rereadCount, Boolean favorite,
        String readingUrl, List<String> tags) {

    /** The entry {@code current} with the fields this update gives. */
    ProgressRequest applyTo(ProgressRequest current) {
        return new ProgressRequest(current.content(), given(lastChapter, current.lastChapter()),
                given(notes, current.notes()), given(status, current.status()), given(score, current.score()),
                given(startedOn, current.startedOn()), given(finishedOn, current.finishedOn()),
                given(rereading, current.rereading()), given(rereadCount, current.rereadCount()),
                given(favorite, current.favorite()), given(readingUrl, current.readingUrl()),
                given(tags, current.tags()));
    }

    private static <T> T given(T value, T current) {
        return value == null ? current : value;
    }
}
