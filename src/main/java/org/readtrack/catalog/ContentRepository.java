package org.readtrack.catalog;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.transaction.annotation.Transactional;

@Transactional(readOnly = true)
interface ContentRepository extends JpaRepository<Content, Long> {

    long countByCategoryId(long categoryId);

    boolean existsByCategoryIdAndTitle(long categoryId, String title);

    boolean existsByCategoryIdAndTitleAndIdNot(long categoryId, String title, long id);
}
