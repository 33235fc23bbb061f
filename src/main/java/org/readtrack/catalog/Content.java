package org.readtrack.catalog;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "contents")
class Content {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String title;
    private String author;
    private String language;
    private ContentStatus status;
    private BigDecimal rating;
    private String description;
    private Long categoryId;
    private Instant createdAt;
    private Instant updatedAt;

    protected Content() {
    }

    Content(ContentRequest request, Instant now) {
        this.createdAt = now;
        apply(request, now);
    }

    void apply(ContentRequest request, Instant now) {
        this.title = request.title();
        this.author = request.author();
        this.language = request.language();
        this.status = request.status();
        this.rating = request.rating();
        this.description = request.description();
        this.categoryId = request.featureCategory();
        this.updatedAt = now;
    }

    Long getId() {
        return id;
    }

    ContentRequest asRequest() {
        return new ContentRequest(title, author, language, status, rating, description, categoryId);
    }
}
