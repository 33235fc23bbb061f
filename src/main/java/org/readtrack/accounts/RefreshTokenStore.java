package org.readtrack.accounts;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.readtrack.database.Sql;
import org.springframework.stereotype.Component;

/**
 * The SQL of {@code refresh_tokens}: one row per refresh token issued, identified by its {@code jti}; the token
 * itself is never stored. A token is live while {@code revoked_at} is null.
 */
@Component
class RefreshTokenStore {

    private final Sql sql;

    RefreshTokenStore(Sql sql) {
        this.sql = sql;
    }

    void insert(RefreshToken token) {
        sql.write("""
                        INSERT INTO refresh_tokens (id, user_id, family_id, session_started_at, issued_at, expires_at)
                        VALUES (:id, :userId, :familyId, :sessionStartedAt, :issuedAt, :expiresAt)""")
                .param("id", token.id())
                .param("userId", token.userId())
                .param("familyId", token.familyId())
                .param("sessionStartedAt", Timestamp.from(token.sessionStartedAt()))
                .param("issuedAt", Timestamp.from(token.issuedAt()))
                .param("expiresAt", Timestamp.from(token.expiresAt()))
                .update();
    }

    /**
     * Spends a live token of the account: revokes it and answers it. One statement, so that it succeeds for
     * exactly one caller even when the same token is presented twice at once, which is what makes reuse
     * detectable; empty for the other, and for a token already spent or revoked.
     */
    Optional<RefreshToken> spend(String id, long userId, Instant now) {
        return sql.write("""
                        UPDATE refresh_tokens SET revoked_at = :now
                        WHERE id = :id AND user_id = :userId AND revoked_at IS NULL
                        RETURNING id, user_id, family_id, session_started_at, issued_at, expires_at""")
                .param("id", id).param("userId", userId).param("now", Timestamp.from(now))
                .query((rs, row) -> new RefreshToken(rs.getString("id"), rs.getLong("user_id"),
                        rs.getString("family_id"), rs.getTimestamp("session_started_at").toInstant(),
                        rs.getTimestamp("issued_at").toInstant(), rs.getTimestamp("expires_at").toInstant()))
                .optional();
    }

    /** The family of token {@code id}, if it is one of the account's. */
    Optional<String> familyOf(String id, long userId) {
        return sql.read("SELECT family_id FROM refresh_tokens WHERE id = :id AND user_id = :userId")
                .param("id", id).param("userId", userId).query(String.class).optional();
    }

    /**
     * Whether the family's login has ended: it has tokens, and every one is revoked. Expiry is left to the tokens
     * themselves, and so is a family whose rows are all gone: they go once expired ({@link #deleteExpiredBefore}),
     * and an access token expires no later than the refresh token issued with it.
     */
    boolean familyHasEnded(String familyId) {
        return sql.read("""
                        SELECT count(*) FROM refresh_tokens WHERE family_id = :familyId
                          AND NOT EXISTS (SELECT 1 FROM refresh_tokens live
                                          WHERE live.family_id = :familyId AND live.revoked_at IS NULL)""")
                .param("familyId", familyId).query(Long.class).single() > 0;
    }

    /** Revokes the live tokens of the family. */
    int revokeFamily(String familyId, Instant now) {
        return sql.write("UPDATE refresh_tokens SET revoked_at = :now WHERE family_id = :familyId AND revoked_at IS NULL")
                .param("familyId", familyId).param("now", Timestamp.from(now)).update();
    }

    int revokeAllOf(long userId, Instant now) {
        return sql.write("UPDATE refresh_tokens SET revoked_at = :now WHERE user_id = :userId AND revoked_at IS NULL")
                .param("userId", userId).param("now", Timestamp.from(now)).update();
    }

    int deleteExpiredBefore(Instant cutoff) {
        return sql.write("DELETE FROM refresh_tokens WHERE expires_at < :cutoff")
                .param("cutoff", Timestamp.from(cutoff)).update();
    }
}
