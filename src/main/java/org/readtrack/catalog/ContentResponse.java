package org.readtrack.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/** A content with its category and chapter count, as every representation of it shows it. */
public record ContentResponse(
        long id,
        String title,
        @ArraySchema(arraySchema = @Schema(description = "Other titles the content is known by; `search` finds them."))
        List<String> altTitles,
        String author,
        String language,
        ContentStatus status,
        @ArraySchema(arraySchema = @Schema(description = "Weekdays on which new chapters come out, in week order."))
        List<ReleaseDay> releaseDays,
        @Nullable BigDecimal rating,
        String description,
        @Schema(description = "Read-only. Absolute path of the cover image, served without a token and cacheable"
                + " for good (a new cover gets a new path); null when there is none. Set with"
                + " `PUT /api/contents/{id}/cover/`.", example = "/media/covers/0f1e2d….jpg",
                accessMode = Schema.AccessMode.READ_ONLY)
        @Nullable String cover,
        long featureCategory,
        CategoryResponse featureCategoryDetail,
        long chapterCount,
        @Nullable ContentSuggestion suggestion,
        Instant createdAt,
        Instant updatedAt) implements CatalogCache.Sized {

    /** Whether {@code viewer} may see this content (see {@link ContentVisibility}). */
    public boolean visibleTo(Viewer viewer) {
        return ContentVisibility.allows(viewer, suggestion);
    }

    @Override
    public long approximateBytes() {
        long altTitlesBytes = 16;
        for (String title : altTitles) {
            altTitlesBytes += 8 + CatalogCache.Sized.of(title);
        }
        // releaseDays is one of ReleaseDay's shared lists: nothing of its own
        return 250 + CatalogCache.Sized.of(title) + altTitlesBytes + CatalogCache.Sized.of(author)
                + CatalogCache.Sized.of(language) + CatalogCache.Sized.of(description) + CatalogCache.Sized.of(cover)
                + CatalogCache.Sized.of(featureCategoryDetail.name())
                + CatalogCache.Sized.of(featureCategoryDetail.description())
                + (suggestion == null ? 0 : 60 + CatalogCache.Sized.of(suggestion.reason()));
    }
}
