package org.readtrack.accounts;

import java.time.Instant;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

@Transactional(readOnly = true)
interface RefreshTokenRepository extends JpaRepository<RefreshToken, String> {

    /**
     * Spends a token: succeeds (returns 1) for exactly one caller even when the same token is presented
     * twice at once, which is what makes reuse detectable.
     */
    @Transactional
    @Modifying
    @Query("""
            update RefreshToken t set t.revokedAt = :now
            where t.id = :id and t.userId = :userId and t.revokedAt is null
            """)
    int spend(String id, long userId, Instant now);

    @Transactional
    @Modifying
    @Query("""
            update RefreshToken t set t.revokedAt = :now
            where t.familyId = (select s.familyId from RefreshToken s where s.id = :id and s.userId = :userId)
              and t.revokedAt is null
            """)
    int revokeFamilyOf(String id, long userId, Instant now);

    @Transactional
    @Modifying
    @Query("update RefreshToken t set t.revokedAt = :now where t.userId = :userId and t.revokedAt is null")
    int revokeAllOf(long userId, Instant now);

    @Transactional
    @Modifying
    @Query("delete from RefreshToken t where t.expiresAt < :cutoff")
    int deleteExpiredBefore(Instant cutoff);
}
