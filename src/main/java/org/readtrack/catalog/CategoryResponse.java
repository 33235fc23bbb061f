package org.readtrack.catalog;

import java.time.Instant;

public record CategoryResponse(long id, String name, String description, Instant createdAt, Instant updatedAt) {

    /** What a PUT would have to send to store this category as it is. */
    CategoryRequest asRequest() {
        return new CategoryRequest(name, description);
    }
}
