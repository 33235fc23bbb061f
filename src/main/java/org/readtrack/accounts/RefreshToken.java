package org.readtrack.accounts;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A refresh token that was issued, identified by its {@code jti}; the token itself is never stored. */
@Entity
@Table(name = "refresh_tokens")
class RefreshToken {

    @Id
    private String id;
    private Long userId;
    private String familyId;
    private Instant issuedAt;
    private Instant expiresAt;
    private Instant revokedAt;
    /** When the login this token descends from happened: every token of a family has the same. */
    private Instant sessionStartedAt;

    protected RefreshToken() {
    }

    RefreshToken(String id, long userId, String familyId, Instant sessionStartedAt, Instant issuedAt,
            Instant expiresAt) {
        this.id = id;
        this.sessionStartedAt = sessionStartedAt;
        this.userId = userId;
        this.familyId = familyId;
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
    }

    String getId() {
        return id;
    }

    Long getUserId() {
        return userId;
    }

    String getFamilyId() {
        return familyId;
    }

    Instant getSessionStartedAt() {
        return sessionStartedAt;
    }
}
