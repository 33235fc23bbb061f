package org.readtrack.progress;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "progress")
class Progress {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long userId;
    private Long contentId;
    private String lastChapter;
    private String notes;
    private Instant createdAt;
    private Instant updatedAt;

    protected Progress() {
    }

    Progress(long userId, ProgressRequest request, Instant now) {
        this.userId = userId;
        this.createdAt = now;
        apply(request, now);
    }

    void apply(ProgressRequest request, Instant now) {
        this.contentId = request.content();
        this.lastChapter = request.lastChapter();
        this.notes = request.notes();
        this.updatedAt = now;
    }

    /** Null keeps the stored value. */
    void update(String lastChapter, String notes, Instant now) {
        if (lastChapter != null) {
            this.lastChapter = lastChapter;
        }
        if (notes != null) {
            this.notes = notes;
        }
        this.updatedAt = now;
    }

    ProgressRequest asRequest() {
        return new ProgressRequest(contentId, lastChapter, notes);
    }

    Long getId() {
        return id;
    }

    Long getUserId() {
        return userId;
    }

    Long getContentId() {
        return contentId;
    }

    String getLastChapter() {
        return lastChapter;
    }

    String getNotes() {
        return notes;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }
}
