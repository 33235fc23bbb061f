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

    /** {@code pattern} is a folded LIKE pattern with {@code \} as escape character. */
    @Query("""
            select c from Category c
            where c.nameKey like :pattern escape '\\' or lower(c.description) like :pattern escape '\\'
            """)
    Page<Category> search(String pattern, Pageable pageable);
}
