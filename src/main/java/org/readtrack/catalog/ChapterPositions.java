package org.readtrack.catalog;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.readtrack.database.Sql;
import org.springframework.stereotype.Component;

/**
 * Where a chapter stands among its content's chapters, in their natural order (see {@link ChapterNumber}): what
 * other features ask to move a reader along. Positions are sort keys ({@link ChapterNumber#sortKey}); the empty
 * key comes before every chapter. A count is one statement served by the index on (content_id, sort_key, id); the reading
 * list reads an entry's next and latest chapters with the entry itself.
 */
@Component
public class ChapterPositions {

    /** Contents per statement when the last chapters of many are read at once. */
    private static final int CONTENT_SLICE = 500;

    private final Sql sql;

    ChapterPositions(Sql sql) {
        this.sql = sql;
    }

    /** The position of a chapter number, whether or not the catalog has that chapter. */
    public static String positionOf(String chapterNumber) {
        return chapterNumber.isEmpty() ? "" : ChapterNumber.sortKey(chapterNumber);
    }

    /** The position of the content's last chapter; empty when it has none. */
    public Optional<String> lastPosition(long contentId) {
        return sql.read("SELECT sort_key FROM chapters WHERE content_id = :content ORDER BY sort_key DESC LIMIT 1")
                .param("content", contentId).query(String.class).optional();
    }

    /** How many of the content's chapters lie after {@code from} and up to {@code to}, inclusive. */
    public int countBetween(long contentId, String from, String to) {
        return sql.read("SELECT count(*) FROM chapters WHERE content_id = :content"
                        + " AND sort_key > :from AND sort_key <= :to")
                .param("content", contentId).param("from", from).param("to", to)
                .query(Integer.class).single();
    }

    /**
     * The number of the last numbered chapter of each of these contents that has one (chapters named in words, such
     * as "Extra", sort after every number), as the catalog writes it: a statement per 500 contents, answered from the
     * index on (content_id, sort_key). Numbers alike are one string: an import holds one per matched content, 10,000
     * at once in the service's small heap, and most contents end on a few numbers.
     */
    public Map<Long, String> lastNumberedChapters(Collection<Long> contentIds) {
        List<Long> all = List.copyOf(contentIds);
        Map<Long, String> last = new HashMap<>();
        Map<String, String> numbers = new HashMap<>();
        for (int from = 0; from < all.size(); from += CONTENT_SLICE) {
            sql.read("SELECT c.content_id, c.chapter_number FROM chapters c JOIN"
                            + " (SELECT content_id, max(sort_key) AS last_key FROM chapters WHERE content_id IN (:ids)"
                            + " AND sort_key < :words GROUP BY content_id) m"
                            + " ON c.content_id = m.content_id AND c.sort_key = m.last_key")
                    .param("ids", all.subList(from, Math.min(all.size(), from + CONTENT_SLICE)))
                    .param("words", ChapterNumber.WORDS)
                    .query(rs -> {
                        String number = rs.getString(2);
                        last.put(rs.getLong(1), numbers.computeIfAbsent(number, same -> same));
                    });
        }
        return last;
    }

    /** Whether the content has a chapter at this position: "extra" finds the chapter "Extra". */
    public boolean hasChapterAt(long contentId, String position) {
        return sql.read("SELECT count(*) FROM chapters WHERE content_id = :content AND sort_key = :key")
                .param("content", contentId).param("key", position).query(Integer.class).single() > 0;
    }
}
