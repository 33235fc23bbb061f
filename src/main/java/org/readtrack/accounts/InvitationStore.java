package org.readtrack.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.readtrack.database.Sql;
import org.readtrack.shared.Page;
import org.readtrack.shared.PageQuery;
import org.springframework.stereotype.Component;

/** The SQL of {@code invitations}. Tokens are looked up by their digest ({@link SecretTokens#digest}). */
@Component
class InvitationStore {

    private static final String COLUMNS = "id, email, created_at, expires_at, used_at, revoked_at";

    private final Sql sql;

    InvitationStore(Sql sql) {
        this.sql = sql;
    }

    Invitation insert(String tokenHash, String email, long createdBy, Instant createdAt, Instant expiresAt) {
        return sql.write("""
                        INSERT INTO invitations (token_hash, email, created_by, created_at, expires_at)
                        VALUES (:tokenHash, :email, :createdBy, :createdAt, :expiresAt)
                        RETURNING\s""" + COLUMNS)
                .param("tokenHash", tokenHash).param("email", email).param("createdBy", createdBy)
                .param("createdAt", Timestamp.from(createdAt)).param("expiresAt", Timestamp.from(expiresAt))
                .query(InvitationStore::invitation).single();
    }

    Optional<Invitation> findByToken(String tokenHash) {
        return sql.read("SELECT " + COLUMNS + " FROM invitations WHERE token_hash = :tokenHash")
                .param("tokenHash", tokenHash).query(InvitationStore::invitation).optional();
    }

    /** The newest first: what an administrator just made is on top. */
    Page<Invitation> list(PageQuery page) {
        return sql.page("SELECT " + COLUMNS + " FROM invitations ORDER BY id DESC LIMIT :limit OFFSET :offset",
                "SELECT count(*) FROM invitations", Map.of(), InvitationStore::invitation, page);
    }

    /**
     * Marks a usable invitation used by {@code userId}, in one statement, so that of two registrations with the
     * same invitation exactly one gets it; empty when it was not usable (any more).
     */
    Optional<Invitation> redeem(String tokenHash, long userId, Instant now) {
        return sql.write("""
                        UPDATE invitations SET used_at = :now, used_by = :userId
                        WHERE token_hash = :tokenHash AND used_at IS NULL AND revoked_at IS NULL AND expires_at > :now
                        RETURNING\s""" + COLUMNS)
                .param("tokenHash", tokenHash).param("userId", userId).param("now", Timestamp.from(now))
                .query(InvitationStore::invitation).optional();
    }

    /** Revokes it, unless it already was (the first revocation's time stays); empty when there is no such id. */
    Optional<Invitation> revoke(long id, Instant now) {
        return sql.write("""
                        UPDATE invitations SET revoked_at = COALESCE(revoked_at, :now) WHERE id = :id
                        RETURNING\s""" + COLUMNS)
                .param("id", id).param("now", Timestamp.from(now)).query(InvitationStore::invitation).optional();
    }

    private static Invitation invitation(ResultSet rs, int row) throws SQLException {
        return new Invitation(rs.getLong("id"), rs.getString("email"), instant(rs, "created_at"),
                instant(rs, "expires_at"), instant(rs, "used_at"), instant(rs, "revoked_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
