package org.readtrack.catalog;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.readtrack.database.Like;
import org.readtrack.database.Sql;
import org.readtrack.shared.Page;
import org.readtrack.shared.PageQuery;
import org.springframework.stereotype.Component;

/**
 * The SQL of chapters. Lists are the hottest read after contents: a criteria query through a repository
 * cost a third more CPU per request. They are ordered by content, then naturally by number (see
 * {@link ChapterNumber}), which the index on (content_id, sort_key, id) serves.
 */
@Component
class ChapterStore {

    private static final String COLUMNS = "id, content_id, chapter_number, title, release_date, created_at, updated_at";

    private final Sql sql;

    ChapterStore(Sql sql) {
        this.sql = sql;
    }

    /**
     * A page of the chapters of one content ({@code contentId}) or of all, those whose title or number contains
     * {@code search} (null for all), ignoring case, of the contents {@code viewer} sees; in the natural order or,
     * {@code newestFirst}, the other way round (the same index, read backwards).
     */
    Page<ChapterResponse> page(Long contentId, String search, boolean newestFirst, PageQuery page, Viewer viewer) {
        Map<String, Object> parameters = new HashMap<>();
        List<String> conditions = new ArrayList<>(List.of(ContentVisibility.visibleTo(viewer, "content_id", parameters)));
        if (contentId != null) {
            conditions.add("content_id = :content");
            parameters.put("content", contentId);
        }
        if (search != null) {
            String text = search.toLowerCase(Locale.ROOT);
            conditions.add("(" + sql.dialect().lower("title", text) + " LIKE :search ESCAPE '\\'"
                    + " OR " + sql.dialect().lower("chapter_number", text) + " LIKE :search ESCAPE '\\')");
            parameters.put("search", Like.containing(text));
        }
        String where = " WHERE " + String.join(" AND ", conditions);
        String order = newestFirst ? " ORDER BY content_id DESC, sort_key DESC, id DESC"
                : " ORDER BY content_id, sort_key, id";
        return sql.page("SELECT " + COLUMNS + " FROM chapters" + where + order + " LIMIT :limit OFFSET :offset",
                "SELECT count(*) FROM chapters" + where, parameters, ChapterStore::row, page);
    }

    Optional<ChapterResponse> find(long id) {
        return sql.read("SELECT " + COLUMNS + " FROM chapters WHERE id = :id").param("id", id)
                .query(ChapterStore::row).optional();
    }

    boolean exists(long id) {
        return sql.exists("chapters", id);
    }

    /**
     * Whether another chapter of the content has this number, or one written otherwise that stands at the same
     * place ("7", "07", "7.0"): as two chapters, reading would skip the second and the unread count miss it.
     * Served by the index on (content_id, sort_key, id).
     */
    boolean numberTaken(long contentId, String chapterNumber, long exceptId) {
        return sql.read("SELECT count(*) FROM chapters WHERE content_id = :content AND sort_key = :sortKey"
                        + " AND id <> :id")
                .param("content", contentId).param("sortKey", ChapterNumber.sortKey(chapterNumber))
                .param("id", exceptId).query(Long.class).single() > 0;
    }

    /**
     * Those of {@code numbers} that stand where a chapter of the content already is (see {@link #numberTaken}), in
     * their order: one statement for a whole range.
     */
    List<String> taken(long contentId, List<String> numbers) {
        Map<String, String> byKey = new LinkedHashMap<>();
        numbers.forEach(number -> byKey.putIfAbsent(ChapterNumber.sortKey(number), number));
        Set<String> taken = new HashSet<>(sql.read("SELECT sort_key FROM chapters WHERE content_id = :content"
                        + " AND sort_key IN (:keys)")
                .param("content", contentId).param("keys", List.copyOf(byKey.keySet())).query(String.class).list());
        return byKey.entrySet().stream().filter(key -> taken.contains(key.getKey())).map(Map.Entry::getValue)
                .toList();
    }

    /** The new chapter; empty when its content has a chapter of this number (the unique index decides). */
    Optional<ChapterResponse> insert(ChapterRequest request, Instant now) {
        return sql.write("INSERT INTO chapters (content_id, chapter_number, sort_key, title, release_date,"
                        + " created_at, updated_at) VALUES (:content, :number, :sortKey, :title, :released, :now, :now)"
                        + " ON CONFLICT (content_id, chapter_number) DO NOTHING RETURNING " + COLUMNS)
                .params(values(request, now)).query(ChapterStore::row).optional();
    }

    /** The chapter as changed; empty when there is none with this id. */
    Optional<ChapterResponse> update(long id, ChapterRequest request, Instant now) {
        return sql.write("UPDATE chapters SET content_id = :content, chapter_number = :number, sort_key = :sortKey,"
                        + " title = :title, release_date = :released, updated_at = :now WHERE id = :id"
                        + " RETURNING " + COLUMNS)
                .params(values(request, now)).param("id", id).query(ChapterStore::row).optional();
    }

    /** Whether there was a chapter with this id. */
    boolean delete(long id) {
        return sql.write("DELETE FROM chapters WHERE id = :id").param("id", id).update() > 0;
    }

    /**
     * Deletes the chapters of the content numbered {@code from} to {@code to} and what sorts between them: by their
     * keys, 10.5 and 10a come after 10 and before 11, and 2000.5 after 2000 (left). Served by the index on
     * (content_id, sort_key, id).
     */
    int deleteNumbered(long contentId, int from, int to) {
        return sql.write("DELETE FROM chapters WHERE content_id = :content AND sort_key BETWEEN :first AND :last")
                .param("content", contentId).param("first", ChapterNumber.sortKey(Integer.toString(from)))
                .param("last", ChapterNumber.sortKey(Integer.toString(to))).update();
    }

    private static Map<String, Object> values(ChapterRequest request, Instant now) {
        Map<String, Object> values = new HashMap<>();
        values.put("content", request.content());
        values.put("number", request.chapterNumber());
        values.put("sortKey", ChapterNumber.sortKey(request.chapterNumber()));
        values.put("title", request.title());
        // as a java.sql.Date, like every date the application writes and reads (rs.getDate below)
        values.put("released", request.releaseDate() == null ? null : Date.valueOf(request.releaseDate()));
        values.put("now", Timestamp.from(now));
        return values;
    }

    private static ChapterResponse row(ResultSet rs, int rowNumber) throws SQLException {
        Date released = rs.getDate("release_date");
        return new ChapterResponse(rs.getLong("id"), rs.getLong("content_id"), rs.getString("chapter_number"),
                rs.getString("title"), released == null ? null : released.toLocalDate(),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }
}
