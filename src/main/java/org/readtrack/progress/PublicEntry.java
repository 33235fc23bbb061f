package org.readtrack.progress;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * An entry as a public profile lists it: where the reader stands and what they think of it, but not their
 * notes, tags or reading address, which are theirs alone.
 */
public record PublicEntry(PublicContent content, ReadingStatus status, String lastChapter, @Nullable BigDecimal score,
        boolean favorite, @Nullable LocalDate startedOn, @Nullable LocalDate finishedOn, Instant updatedAt) {

    /** The content, as much of it as a line of the list shows; {@code cover} as on the content. */
    public record PublicContent(long id, String title, @Nullable String cover) {
    }
}
