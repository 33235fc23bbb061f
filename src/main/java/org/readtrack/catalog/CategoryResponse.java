package org.readtrack.catalog;

import java.time.Instant;

public record CategoryResponse(long id, String name, String description, Instant createdAt, Instant updatedAt) {

    static CategoryResponse of(Category category) {
        return new CategoryResponse(category.getId(), category.getName(), category.getDescription(),
                category.getCreatedAt(), category.getUpdatedAt());
    }
}
