package org.readtrack.accounts;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

@Transactional(readOnly = true)
interface UserRepository extends JpaRepository<User, Long> {

    /**
     * What authenticating a request needs to know of an account, read without loading the entity.
     * {@code tokensValidAfter}: access tokens issued before it are refused; null when none ever was.
     */
    record Caller(String username, Role role, boolean active, Instant tokensValidAfter) {
    }

    Optional<Caller> findCallerById(long id);

    Optional<User> findByUsernameKey(String usernameKey);

    Optional<User> findByEmailKey(String emailKey);

    boolean existsByUsernameKey(String usernameKey);

    boolean existsByEmailKey(String emailKey);

    boolean existsByEmailKeyAndIdNot(String emailKey, Long id);

    boolean existsByUsernameKeyAndIdNot(String usernameKey, Long id);

    /**
     * Accounts matching a folded LIKE pattern (with {@code \} as escape character), by id. SQL rather than
     * JPQL: see {@link RefreshTokenRepository}. The page must be unsorted: the order is the query's.
     */
    @Query(nativeQuery = true, value = "SELECT * FROM users WHERE " + MATCHES + " ORDER BY id",
            countQuery = "SELECT count(*) FROM users WHERE " + MATCHES)
    Page<User> search(String pattern, Pageable pageable);

    String MATCHES = """
            username_key LIKE :pattern ESCAPE '\\' OR email_key LIKE :pattern ESCAPE '\\'
            OR unicode_lower(first_name) LIKE :pattern ESCAPE '\\' OR unicode_lower(last_name) LIKE :pattern ESCAPE '\\'""";
}
