package org.readtrack.catalog;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "chapters")
class Chapter {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long contentId;
    private String chapterNumber;
    private String sortKey;
    private String title;
    private LocalDate releaseDate;
    private Instant createdAt;
    private Instant updatedAt;

    protected Chapter() {
    }

    Chapter(ChapterRequest request, Instant now) {
        this.createdAt = now;
        apply(request, now);
    }

    void apply(ChapterRequest request, Instant now) {
        this.contentId = request.content();
        this.chapterNumber = request.chapterNumber();
        this.sortKey = ChapterNumber.sortKey(request.chapterNumber());
        this.title = request.title();
        this.releaseDate = request.releaseDate();
        this.updatedAt = now;
    }

    ChapterRequest asRequest() {
        return new ChapterRequest(contentId, chapterNumber, title, releaseDate);
    }

    ChapterResponse toResponse() {
        return new ChapterResponse(id, contentId, chapterNumber, title, releaseDate, createdAt, updatedAt);
    }
}
