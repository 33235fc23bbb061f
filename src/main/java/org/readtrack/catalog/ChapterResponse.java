package org.readtrack.catalog;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

record ChapterResponse(long id, long content, String chapterNumber, String title, @Nullable LocalDate releaseDate,
        Instant createdAt, Instant updatedAt) implements CatalogCache.Sized {

    /** What a PUT would have to send to store this chapter as it is. */
    ChapterRequest asRequest() {
        return new ChapterRequest(content, chapterNumber, title, releaseDate);
    }

    @Override
    public long approximateBytes() {
        return 150 + CatalogCache.Sized.of(chapterNumber) + CatalogCache.Sized.of(title);
    }
}
