package org.readtrack.catalog;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import org.readtrack.database.Sql;
import org.springframework.stereotype.Component;

/**
 * Where a chapter stands among its content's chapters, in their natural order (see {@link ChapterNumber}): what
 * other features ask to move a reader along. Positions are sort keys ({@link ChapterNumber#sortKey}); the empty
 * key comes before every chapter. Each method is one statement served by the index on (content_id, sort_key, id).
 */
@Component
public class ChapterPositions {

    private static final String SUMMARY = "SELECT id, chapter_number, title, release_date FROM chapters";

    private final Sql sql;

    ChapterPositions(Sql sql) {
        this.sql = sql;
    }

    /** The position of a chapter number, whether or not the catalog has that chapter. */
    public static String positionOf(String chapterNumber) {
        return chapterNumber.isEmpty() ? "" : ChapterNumber.sortKey(chapterNumber);
    }

    /** The content's first chapter after {@code position}. */
    public Optional<ChapterSummary> after(long contentId, String position) {
        return sql.read(SUMMARY + " WHERE content_id = :content AND sort_key > :position ORDER BY sort_key, id LIMIT 1")
                .param("content", contentId).param("position", position)
                .query(ChapterPositions::summary).optional();
    }

    /** How many of the content's chapters lie after {@code from} and up to {@code to}, inclusive. */
    public int countBetween(long contentId, String from, String to) {
        return sql.read("SELECT count(*) FROM chapters WHERE content_id = :content"
                        + " AND sort_key > :from AND sort_key <= :to")
                .param("content", contentId).param("from", from).param("to", to)
                .query(Integer.class).single();
    }

    private static ChapterSummary summary(ResultSet rs, int rowNumber) throws SQLException {
        Date released = rs.getDate("release_date");
        return new ChapterSummary(rs.getLong("id"), rs.getString("chapter_number"), rs.getString("title"),
                released == null ? null : released.toLocalDate());
    }
}
