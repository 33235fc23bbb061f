package org.readtrack.accounts;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

@Transactional(readOnly = true)
interface UserRepository extends JpaRepository<User, Long> {

    /** What authenticating a request needs to know of an account, read without loading the entity. */
    record Caller(String username, Role role, boolean active) {
    }

    @Query("select new org.readtrack.accounts.UserRepository$Caller(u.username, u.role, u.active) from User u"
            + " where u.id = :id")
    Optional<Caller> findCaller(long id);

    Optional<User> findByUsernameKey(String usernameKey);

    Optional<User> findByEmailKey(String emailKey);

    boolean existsByUsernameKey(String usernameKey);

    boolean existsByEmailKey(String emailKey);

    boolean existsByEmailKeyAndIdNot(String emailKey, Long id);

    boolean existsByUsernameKeyAndIdNot(String usernameKey, Long id);

    /** {@code pattern} is a folded LIKE pattern with {@code \} as escape character. */
    @Query("""
            select u from User u
            where u.usernameKey like :pattern escape '\\' or u.emailKey like :pattern escape '\\'
               or lower(u.firstName) like :pattern escape '\\' or lower(u.lastName) like :pattern escape '\\'
            """)
    Page<User> search(String pattern, Pageable pageable);
}
