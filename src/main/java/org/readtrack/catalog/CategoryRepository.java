package org.readtrack.catalog;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

@Transactional(readOnly = true)
interface CategoryRepository extends JpaRepository<Category, Long> {

    boolean existsByNameKey(String nameKey);

    boolean existsByNameKeyAndIdNot(String nameKey, Long id);

    /**
     * Categories matching a folded LIKE pattern (with {@code \} as escape character), by name. SQL rather than
     * JPQL: a JPQL {@code @Query} makes Spring Data load its own HQL grammar (some 370 classes, kept for the
     * life of the process) to analyse it. The page must be unsorted: the order is the query's.
     */
    @Query(nativeQuery = true, value = "SELECT * FROM categories WHERE " + MATCHES + " ORDER BY name_key, id",
            countQuery = "SELECT count(*) FROM categories WHERE " + MATCHES)
    Page<Category> search(String pattern, Pageable pageable);

    String MATCHES = "name_key LIKE :pattern ESCAPE '\\' OR unicode_lower(description) LIKE :pattern ESCAPE '\\'";
}
