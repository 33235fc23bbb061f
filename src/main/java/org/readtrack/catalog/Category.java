package org.readtrack.catalog;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.readtrack.database.CaseFolding;

@Entity
@Table(name = "categories")
class Category {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private String nameKey;
    private String description;
    private Instant createdAt;
    private Instant updatedAt;

    protected Category() {
    }

    Category(CategoryRequest request, Instant now) {
        this.createdAt = now;
        apply(request, now);
    }

    void apply(CategoryRequest request, Instant now) {
        this.name = request.name();
        this.nameKey = CaseFolding.fold(request.name());
        this.description = request.description();
        this.updatedAt = now;
    }

    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    String getDescription() {
        return description;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }
}
