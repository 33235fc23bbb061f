package org.readtrack.accounts;

import java.time.Instant;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

/**
 * The queries are SQL rather than JPQL: a JPQL {@code @Query} makes Spring Data load its own HQL grammar (some
 * 370 classes, kept for the life of the process) to analyse it.
 */
@Transactional(readOnly = true)
interface RefreshTokenRepository extends JpaRepository<RefreshToken, String> {

    /**
     * Spends a token: succeeds (returns 1) for exactly one caller even when the same token is presented
     * twice at once, which is what makes reuse detectable.
     */
    @Transactional
    @Modifying
    @Query(nativeQuery = true, value = """
            UPDATE refresh_tokens SET revoked_at = :now
            WHERE id = :id AND user_id = :userId AND revoked_at IS NULL
            """)
    int spend(String id, long userId, Instant now);

    @Transactional
    @Modifying
    @Query(nativeQuery = true, value = """
            UPDATE refresh_tokens SET revoked_at = :now
            WHERE family_id = (SELECT family_id FROM refresh_tokens WHERE id = :id AND user_id = :userId)
              AND revoked_at IS NULL
            """)
    int revokeFamilyOf(String id, long userId, Instant now);

    @Transactional
    @Modifying
    @Query(nativeQuery = true,
            value = "UPDATE refresh_tokens SET revoked_at = :now WHERE user_id = :userId AND revoked_at IS NULL")
    int revokeAllOf(long userId, Instant now);

    @Transactional
    @Modifying
    @Query(nativeQuery = true, value = "DELETE FROM refresh_tokens WHERE expires_at < :cutoff")
    int deleteExpiredBefore(Instant cutoff);
}
