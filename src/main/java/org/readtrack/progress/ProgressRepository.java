package org.readtrack.progress;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

@Transactional(readOnly = true)
interface ProgressRepository extends JpaRepository<Progress, Long> {

    Optional<Progress> findByIdAndUserId(long id, long userId);

    Optional<Progress> findByUserIdAndContentId(long userId, long contentId);

    /**
     * The entry, locked until the transaction ends, for a change laid over its stored fields: on PostgreSQL
     * two such changes would otherwise both read the same row and the second would undo the first (SQLite
     * runs one write transaction at a time, and has no row locks to take).
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<Progress> findForUpdateByIdAndUserId(long id, long userId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<Progress> findForUpdateByUserIdAndContentId(long userId, long contentId);

    /**
     * Creates the entry unless the user already tracks the content; returns 1 if it did. Both databases
     * settle a race on the unique (user, content) index, so concurrent calls never duplicate an entry.
     */
    @Transactional
    @Modifying
    @Query(nativeQuery = true, value = """
            INSERT INTO progress (user_id, content_id, last_chapter, notes, created_at, updated_at)
            VALUES (:userId, :contentId, :lastChapter, :notes, :now, :now)
            ON CONFLICT (user_id, content_id) DO NOTHING
            """)
    int insertIfAbsent(long userId, long contentId, String lastChapter, String notes, Instant now);
}
