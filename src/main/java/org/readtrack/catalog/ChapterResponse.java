package org.readtrack.catalog;

import java.time.Instant;
import java.time.LocalDate;

record ChapterResponse(long id, long content, String chapterNumber, String title, LocalDate releaseDate,
        Instant createdAt, Instant updatedAt) implements CatalogCache.Sized {

    @Override
    public long approximateBytes() {
        return 150 + CatalogCache.Sized.of(chapterNumber) + CatalogCache.Sized.of(title);
    }
}
