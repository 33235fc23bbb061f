package org.readtrack.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.readtrack.database.Sql;
import org.readtrack.security.PersonalTokenScope;
import org.readtrack.shared.Page;
import org.readtrack.shared.PageQuery;
import org.springframework.stereotype.Component;

/**
 * The SQL of {@code personal_tokens}: one row per live personal API token, found by the hash of its secret
 * (the secret itself is never stored). Revoking a token deletes its row.
 */
@Component
class PersonalTokenStore {

    private static final String COLUMNS = "id, user_id, name, scope, created_at, expires_at, last_used_at";

    private final Sql sql;

    PersonalTokenStore(Sql sql) {
        this.sql = sql;
    }

    PersonalToken insert(long userId, String name, PersonalTokenScope scope, String hash, Instant createdAt,
            Instant expiresAt) {
        return sql.write("""
                        INSERT INTO personal_tokens (user_id, name, scope, token_hash, created_at, expires_at)
                        VALUES (:userId, :name, :scope, :hash, :createdAt, :expiresAt)
                        RETURNING\s""" + COLUMNS)
                .param("userId", userId)
                .param("name", name)
                .param("scope", scope.value())
                .param("hash", hash)
                .param("createdAt", Timestamp.from(createdAt))
                .param("expiresAt", expiresAt == null ? null : Timestamp.from(expiresAt))
                .query(PersonalTokenStore::token).single();
    }

    /** What authenticating a request with a personal token needs: one statement on a unique index. */
    Optional<PersonalToken> findByHash(String hash) {
        return sql.read("SELECT " + COLUMNS + " FROM personal_tokens WHERE token_hash = :hash")
                .param("hash", hash).query(PersonalTokenStore::token).optional();
    }

    /** The account's tokens, newest first. */
    Page<PersonalToken> listOf(long userId, PageQuery page) {
        return sql.page("SELECT " + COLUMNS + """
                         FROM personal_tokens WHERE user_id = :userId
                        ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset""",
                "SELECT count(*) FROM personal_tokens WHERE user_id = :userId",
                Map.of("userId", userId), PersonalTokenStore::token, page);
    }

    long countOf(long userId) {
        return sql.read("SELECT count(*) FROM personal_tokens WHERE user_id = :userId").param("userId", userId)
                .query(Long.class).single();
    }

    /** Whether the account had this token (and now has it no more). */
    boolean delete(long id, long userId) {
        return sql.write("DELETE FROM personal_tokens WHERE id = :id AND user_id = :userId")
                .param("id", id).param("userId", userId).update() == 1;
    }

    int deleteAllOf(long userId) {
        return sql.write("DELETE FROM personal_tokens WHERE user_id = :userId").param("userId", userId).update();
    }

    /**
     * Records a use at {@code now}, unless one was recorded since {@code notSince}: a token used by several
     * instances, or by concurrent requests, is written once all the same.
     */
    void recordUse(long id, Instant now, Instant notSince) {
        sql.write("""
                        UPDATE personal_tokens SET last_used_at = :now
                        WHERE id = :id AND (last_used_at IS NULL OR last_used_at < :notSince)""")
                .param("id", id).param("now", Timestamp.from(now)).param("notSince", Timestamp.from(notSince))
                .update();
    }

    private static PersonalToken token(ResultSet rs, int row) throws SQLException {
        return new PersonalToken(rs.getLong("id"), rs.getLong("user_id"), rs.getString("name"),
                PersonalTokenScope.fromValue(rs.getString("scope")), instant(rs, "created_at"),
                instant(rs, "expires_at"), instant(rs, "last_used_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
