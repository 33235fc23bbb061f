package org.readtrack.catalog;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.transaction.annotation.Transactional;

@Transactional(readOnly = true)
interface ChapterRepository extends JpaRepository<Chapter, Long> {

    boolean existsByContentIdAndChapterNumber(long contentId, String chapterNumber);

    boolean existsByContentIdAndChapterNumberAndIdNot(long contentId, String chapterNumber, long id);
}
