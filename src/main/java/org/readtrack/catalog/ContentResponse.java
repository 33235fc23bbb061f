package org.readtrack.catalog;

import java.math.BigDecimal;
import java.time.Instant;

/** A content with its category and chapter count, as every representation of it shows it. */
public record ContentResponse(
        long id,
        String title,
        String author,
        String language,
        ContentStatus status,
        BigDecimal rating,
        String description,
        long featureCategory,
        CategoryResponse featureCategoryDetail,
        long chapterCount,
        Instant createdAt,
        Instant updatedAt) implements CatalogCache.Sized {

    @Override
    public long approximateBytes() {
        return 250 + CatalogCache.Sized.of(title) + CatalogCache.Sized.of(author) + CatalogCache.Sized.of(language)
                + CatalogCache.Sized.of(description) + CatalogCache.Sized.of(featureCategoryDetail.name())
                + CatalogCache.Sized.of(featureCategoryDetail.description());
    }
}
