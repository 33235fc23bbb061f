package org.readtrack.catalog;

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
}
