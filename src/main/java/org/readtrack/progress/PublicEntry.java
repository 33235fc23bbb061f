package org.readtrack.progress;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An entry as a public profile lists it: where the reader stands and what they think of it, but not their
 * notes, tags or reading address, which are theirs alone.
 */
public record PublicEntry(PublicContent content, ReadingStatus status, String lastChapter, BigDecimal score,
        boolean favorite, LocalDate startedOn, LocalDate finishedOn, Instant updatedAt) {

    /** The content, as much of it as a line of the list shows; {@code cover} as on the content. */
    public record PublicContent(long id, String title, String cover) {
    }
}
