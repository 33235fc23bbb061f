package org.readtrack.accounts;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.readtrack.database.Sql;
import org.springframework.stereotype.Component;

/**
 * The SQL of {@code password_reset_tokens}: one row per reset link mailed, by its token's digest
 * ({@link SecretTokens#digest}); the token itself is never stored.
 */
@Component
class PasswordResetTokenStore {

    /** A live token: its account and the fingerprint of the account when the token was made. */
    record LiveToken(long userId, String accountFingerprint) {
    }

    private final Sql sql;

    PasswordResetTokenStore(Sql sql) {
        this.sql = sql;
    }

    void insert(String tokenHash, long userId, String accountFingerprint, Instant createdAt, Instant expiresAt) {
        sql.write("""
                        INSERT INTO password_reset_tokens (token_hash, user_id, account_fingerprint, created_at, expires_at)
                        VALUES (:tokenHash, :userId, :fingerprint, :createdAt, :expiresAt)""")
                .param("tokenHash", tokenHash).param("userId", userId).param("fingerprint", accountFingerprint)
                .param("createdAt", Timestamp.from(createdAt)).param("expiresAt", Timestamp.from(expiresAt))
                .update();
    }

    /** The token, if it exists, is unused and has not expired at {@code now}. */
    Optional<LiveToken> findLive(String tokenHash, Instant now) {
        return sql.read("""
                        SELECT user_id, account_fingerprint FROM password_reset_tokens
                        WHERE token_hash = :tokenHash AND used_at IS NULL AND expires_at > :now""")
                .param("tokenHash", tokenHash).param("now", Timestamp.from(now))
                .query((rs, row) -> new LiveToken(rs.getLong("user_id"), rs.getString("account_fingerprint")))
                .optional();
    }

    /**
     * Marks a live token of the account used, in one statement, so that of two requests with the same token
     * exactly one gets it: 1 for that one, 0 for the other and for a token that is not live.
     */
    int spend(String tokenHash, long userId, Instant now) {
        return sql.write("""
                        UPDATE password_reset_tokens SET used_at = :now
                        WHERE token_hash = :tokenHash AND user_id = :userId AND used_at IS NULL AND expires_at > :now""")
                .param("tokenHash", tokenHash).param("userId", userId).param("now", Timestamp.from(now)).update();
    }

    void deleteAllOf(long userId) {
        sql.write("DELETE FROM password_reset_tokens WHERE user_id = :userId").param("userId", userId).update();
    }

    int deleteExpiredBefore(Instant cutoff) {
        return sql.write("DELETE FROM password_reset_tokens WHERE expires_at < :cutoff")
                .param("cutoff", Timestamp.from(cutoff)).update();
    }
}
