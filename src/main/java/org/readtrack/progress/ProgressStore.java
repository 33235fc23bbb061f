package org.readtrack.progress;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.readtrack.catalog.ChapterPositions;
import org.readtrack.catalog.ChapterSummary;
import org.readtrack.catalog.ContentVisibility;
import org.readtrack.catalog.ReleaseDay;
import org.readtrack.catalog.SearchText;
import org.readtrack.database.Like;
import org.readtrack.database.Sql;
import org.readtrack.shared.Page;
import org.readtrack.shared.PageQuery;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The SQL of reading progress, reads and writes: every statement on {@code progress} is here. Each method is
 * one statement, in the caller's transaction if there is one (see {@link Sql}); no method looks at whose
 * entry it is beyond the {@code user_id} it is given. Reads also say where each entry stands in its content's
 * chapters, counted by the database from the catalog's {@code chapters} (index on content_id, sort_key): a
 * page of entries never loads chapters.
 */
@Component
class ProgressStore {

    private static final String COLUMNS = "p.id, p.user_id, p.content_id, p.last_chapter, p.notes, p.status,"
            + " p.score, p.started_on, p.finished_on, p.rereading, p.reread_count, p.favorite, p.reading_url,"
            + " p.tags, p.private, p.version, p.created_at, p.updated_at";
    /**
     * Where the entry stands: how many chapters follow its last chapter, the first of them and the content's
     * last chapter, found by the index on chapters (content_id, sort_key, id) for each entry read.
     */
    private static final String POSITION = """
            , (SELECT count(*) FROM chapters ch WHERE ch.content_id = p.content_id
                AND ch.sort_key > p.last_chapter_key) AS unread_count,
            nx.id AS next_id, nx.chapter_number AS next_number, nx.title AS next_title,
            nx.release_date AS next_released, lt.id AS latest_id, lt.chapter_number AS latest_number,
            lt.title AS latest_title, lt.release_date AS latest_released""";
    private static final String POSITION_JOINS = " " + """
            LEFT JOIN chapters nx ON nx.id = (SELECT ch.id FROM chapters ch WHERE ch.content_id = p.content_id
                AND ch.sort_key > p.last_chapter_key ORDER BY ch.sort_key, ch.id LIMIT 1)
            LEFT JOIN chapters lt ON lt.id = (SELECT ch.id FROM chapters ch WHERE ch.content_id = p.content_id
                ORDER BY ch.sort_key DESC, ch.id DESC LIMIT 1)""";
    private static final String SELECT = "SELECT " + COLUMNS + POSITION + " FROM progress p" + POSITION_JOINS;
    private static final String BY_ID = " WHERE p.id = :id AND p.user_id = :user";
    /** Served by the unique index on (user_id, content_id). */
    private static final String BY_CONTENT = " WHERE p.user_id = :user AND p.content_id = :content";
    private static final String HAS_UNREAD = "EXISTS (SELECT 1 FROM chapters ch WHERE ch.content_id = p.content_id"
            + " AND ch.sort_key > p.last_chapter_key)";
    private static final String INSERT = """
            INSERT INTO progress (user_id, content_id, last_chapter, last_chapter_key, notes, status, score,
                started_on, finished_on, rereading, reread_count, favorite, reading_url, tags, private, version,
                created_at, updated_at)
            VALUES (:user, :content, :lastChapter, :lastChapterKey, :notes, :status, :score, :startedOn,
                :finishedOn, :rereading, :rereadCount, :favorite, :readingUrl, :tags, :isPrivate, 0, :createdAt,
                :updatedAt)""";
    /** Every field of a stored entry, if it is still at the version it was read at. */
    private static final String UPDATE = """
            UPDATE progress SET content_id = :content, last_chapter = :lastChapter,
                last_chapter_key = :lastChapterKey, notes = :notes, status = :status, score = :score,
                started_on = :startedOn, finished_on = :finishedOn, rereading = :rereading,
                reread_count = :rereadCount, favorite = :favorite, reading_url = :readingUrl, tags = :tags,
                private = :isPrivate, version = version + 1, updated_at = :updatedAt
            WHERE id = :id AND user_id = :user AND version = :version""";

    private final Sql sql;
    private final JsonMapper json;

    ProgressStore(Sql sql, JsonMapper json) {
        this.sql = sql;
        this.json = json;
    }

    /**
     * A page of the user's entries that pass the filter, in its order: one statement for the page, one for the
     * total when more entries follow it (see {@link Sql#page}).
     */
    Page<StoredEntry> page(long userId, ProgressFilter filter, PageQuery page) {
        Page<StoredEntry> found = page(userId, filter, SearchText.phrase(filter.search()), page);
        List<String> words = SearchText.wordsInAnyOrder(filter.search());
        return found.total() == 0 && !words.isEmpty() ? page(userId, filter, words, page) : found;
    }

    /** As {@link #page}, for entries whose content's search text holds every one of {@code words}. */
    private Page<StoredEntry> page(long userId, ProgressFilter filter, List<String> words, PageQuery page) {
        List<String> conditions = new ArrayList<>(List.of("p.user_id = :user"));
        Map<String, Object> parameters = new HashMap<>(Map.of("user", userId));
        if (filter.contentId() != null) {
            conditions.add("p.content_id = :content");
            parameters.put("content", filter.contentId());
        }
        if (!filter.statuses().isEmpty()) {
            conditions.add("p.status IN (:statuses)");
            parameters.put("statuses", filter.statuses().stream().map(ReadingStatus::value).toList());
        }
        if (filter.favorite() != null) {
            conditions.add("p.favorite = :favorite");
            parameters.put("favorite", filter.favorite());
        }
        if (filter.tag() != null) {
            conditions.add("EXISTS (SELECT 1 FROM " + sql.dialect().jsonArrayElements("p.tags")
                    + " WHERE unicode_lower(value) = unicode_lower(:tag))");
            parameters.put("tag", filter.tag());
        }
        if (filter.hasUnread() != null) {
            conditions.add(filter.hasUnread() ? HAS_UNREAD : "NOT " + HAS_UNREAD);
        }
        // as the catalog's search: in the title, other titles or author, case, accents and punctuation ignored
        for (int i = 0; i < words.size(); i++) {
            conditions.add("c.search_text LIKE :search" + i + " ESCAPE '\\'");
            parameters.put("search" + i, Like.containing(words.get(i)));
        }
        if (filter.releaseDayBit() != null) {
            conditions.add("(c.release_days & :day) <> 0");
            parameters.put("day", filter.releaseDayBit());
        }
        String from = " FROM progress p" + (filter.readsContents() ? " JOIN contents c ON c.id = p.content_id" : "");
        String where = " WHERE " + String.join(" AND ", conditions);
        return sql.page("SELECT " + COLUMNS + POSITION + from + POSITION_JOINS + where + filter.ordering().orderBy()
                        + " LIMIT :limit OFFSET :offset",
                "SELECT count(*)" + from + where, parameters, this::stored, page);
    }

    /**
     * A page of the user's entries that are not private, most recently changed first, without positions: what
     * a public profile lists.
     */
    Page<ProgressEntry> publicPage(long userId, PageQuery page) {
        // a series its reader suggested stays theirs alone until approved: not shown to visitors either
        String where = " FROM progress p WHERE p.user_id = :user AND p.private = FALSE AND "
                + ContentVisibility.isPublic("p.content_id");
        return sql.page("SELECT " + COLUMNS + where + " ORDER BY p.updated_at DESC, p.id DESC LIMIT :limit OFFSET :offset",
                "SELECT count(*)" + where, Map.of("user", userId), this::entry, page);
    }

    /** The entry alone, for a change to be computed from: no position to count. */
    Optional<ProgressEntry> entry(long userId, long id) {
        return sql.read("SELECT " + COLUMNS + " FROM progress p" + BY_ID).param("id", id).param("user", userId)
                .query(this::entry).optional();
    }

    Optional<ProgressEntry> entryByContent(long userId, long contentId) {
        return sql.read("SELECT " + COLUMNS + " FROM progress p" + BY_CONTENT).param("user", userId)
                .param("content", contentId).query(this::entry).optional();
    }

    Optional<StoredEntry> find(long userId, long id) {
        return sql.read(SELECT + BY_ID).param("id", id).param("user", userId).query(this::stored).optional();
    }

    Optional<StoredEntry> findByContent(long userId, long contentId) {
        return sql.read(SELECT + BY_CONTENT).param("user", userId).param("content", contentId)
                .query(this::stored).optional();
    }

    /**
     * Where an entry whose last chapter is {@code lastChapter} stands in the content's chapters, counted as
     * {@link #find} counts it: what an entry just written is answered with, without reading its row again.
     */
    ReadingPosition position(long contentId, String lastChapter) {
        return sql.read("SELECT 0" + POSITION + " FROM (SELECT CAST(:content AS BIGINT) AS content_id,"
                        + " CAST(:key AS TEXT) AS last_chapter_key) p" + POSITION_JOINS)
                .param("content", contentId).param("key", ChapterPositions.positionOf(lastChapter))
                .query((rs, rowNumber) -> position(rs)).single();
    }

    /** The id of the user's entry for this content, if the user tracks it. */
    Optional<Long> idByContent(long userId, long contentId) {
        return sql.read("SELECT p.id FROM progress p" + BY_CONTENT)
                .param("user", userId).param("content", contentId).query(Long.class).optional();
    }

    /**
     * Creates the entry unless the user already tracks the content; empty if the user does. Both databases
     * settle a race on the unique (user, content) index, so concurrent calls never duplicate an entry, and
     * neither raises an error for it (which on PostgreSQL would end the transaction).
     */
    Optional<ProgressEntry> insertIfAbsent(long userId, ProgressRequest fields, Instant now) {
        return sql.write(INSERT + " ON CONFLICT (user_id, content_id) DO NOTHING RETURNING id")
                .params(insertValues(userId, fields, now, now)).query(Long.class).optional()
                .map(id -> new ProgressEntry(id, userId, fields, 0, now, now));
    }

    /**
     * New entries of the user, in batches of the current transaction; their ids are then read with
     * {@link #idsByContent}. False if the user already tracked one of their contents (that one is not
     * inserted; the others are).
     */
    boolean insertAll(long userId, List<NewEntry> created) {
        return Arrays.stream(sql.batch(INSERT + " ON CONFLICT (user_id, content_id) DO NOTHING", created,
                entry -> insertValues(userId, entry.fields(), entry.createdAt(), entry.updatedAt())))
                .allMatch(count -> count == 1);
    }

    /** An entry to insert with {@link #insertAll}, its last change at {@code updatedAt}. */
    record NewEntry(ProgressRequest fields, Instant createdAt, Instant updatedAt) {
    }

    private Map<String, Object> insertValues(long userId, ProgressRequest fields, Instant createdAt,
            Instant updatedAt) {
        Map<String, Object> values = values(fields);
        values.put("user", userId);
        values.put("createdAt", Timestamp.from(createdAt));
        values.put("updatedAt", Timestamp.from(updatedAt));
        return values;
    }

    /** The ids of the user's entries by their content: one read of the (user_id, content_id) index. */
    Map<Long, Long> idsByContent(long userId) {
        Map<Long, Long> ids = new HashMap<>();
        sql.read("SELECT p.content_id, p.id FROM progress p WHERE p.user_id = :user").param("user", userId)
                .query(rs -> {
                    ids.put(rs.getLong(1), rs.getLong(2));
                });
        return ids;
    }

    /**
     * Every field of a stored entry at once, if it is still at the version it was read at; false if another
     * change came first (or the entry is gone).
     */
    boolean update(ProgressEntry stored, ProgressRequest fields, Instant now) {
        return sql.write(UPDATE).params(updateValues(stored, fields, now)).update() == 1;
    }

    /**
     * Changes of several stored entries, in one batch of the current transaction, each as {@link #update}
     * does; false if any of them is no longer at the version it was read at.
     */
    boolean updateAll(List<ChangedEntry> changed) {
        return Arrays.stream(sql.batch(UPDATE, changed,
                entry -> updateValues(entry.stored(), entry.fields(), entry.updatedAt()))).allMatch(count -> count == 1);
    }

    /** A stored entry's change for {@link #updateAll}: its new fields, its last change at {@code updatedAt}. */
    record ChangedEntry(ProgressEntry stored, ProgressRequest fields, Instant updatedAt) {
    }

    private Map<String, Object> updateValues(ProgressEntry stored, ProgressRequest fields, Instant updatedAt) {
        Map<String, Object> values = values(fields);
        values.put("updatedAt", Timestamp.from(updatedAt));
        values.put("id", stored.id());
        values.put("user", stored.userId());
        values.put("version", stored.version());
        return values;
    }

    /** Every reader's entry on this content, without positions (a merge moves them; index on content_id). */
    List<ProgressEntry> allOnContent(long contentId) {
        return sql.read("SELECT " + COLUMNS + " FROM progress p WHERE p.content_id = :content ORDER BY p.id")
                .param("content", contentId).query(this::entry).list();
    }

    /** Every entry of the user, without positions: an import compares a whole list against them. */
    List<ProgressEntry> allOf(long userId) {
        return sql.read("SELECT " + COLUMNS + " FROM progress p WHERE p.user_id = :user").param("user", userId)
                .query(this::entry).list();
    }

    /**
     * How many of the user's entries have each tag, by the tag as written: "Manhwa" and "manhwa" are counted
     * apart, each entry under the spelling it has.
     */
    List<TagUse> tagUses(long userId) {
        return sql.read("SELECT value AS tag, count(*) AS uses FROM progress p, "
                        + sql.dialect().jsonArrayElements("p.tags") + " WHERE p.user_id = :user GROUP BY value")
                .param("user", userId).query((rs, rowNumber) -> new TagUse(rs.getString("tag"), rs.getLong("uses")))
                .list();
    }

    /** A tag as some entries write it, and how many do. */
    record TagUse(String tag, long entries) {
    }

    /**
     * The user's entries with at least one tag, without positions, in id order. Which of them have a given tag is
     * for the caller to tell, in Java: a database's lower case depends on its collation (PostgreSQL's "C" folds
     * ASCII alone), and a tag stored before tags were composed is composed only once read.
     */
    List<ProgressEntry> tagged(long userId) {
        return sql.read("SELECT " + COLUMNS + " FROM progress p WHERE p.user_id = :user AND p.tags <> '[]' ORDER BY p.id")
                .param("user", userId).query(this::entry).list();
    }

    /**
     * A page of the user's entries with their content's title, category and other titles, after entry
     * {@code afterId} in id order: an export reads the whole list this way, a page at a time.
     */
    List<ExportedEntry> exportPage(long userId, long afterId, int size) {
        return sql.read("SELECT " + COLUMNS + ", c.title AS content_title, c.alt_titles AS content_alt_titles,"
                        + " c.language AS content_language, c.release_days AS content_release_days,"
                        + " g.name AS category_name FROM progress p JOIN contents c ON c.id = p.content_id"
                        + " JOIN categories g ON g.id = c.category_id WHERE p.user_id = :user AND p.id > :after"
                        + " ORDER BY p.id LIMIT :size")
                .param("user", userId).param("after", afterId).param("size", size)
                .query((rs, rowNumber) -> new ExportedEntry(entry(rs, rowNumber), rs.getString("content_title"),
                        rs.getString("category_name"), lines(rs.getString("content_alt_titles")),
                        rs.getString("content_language"),
                        ReleaseDay.fromMask(rs.getInt("content_release_days"))))
                .list();
    }

    private static List<String> lines(String stored) {
        return stored == null || stored.isEmpty() ? List.of() : List.of(stored.split("\n"));
    }

    /** Whether there was such an entry to delete. */
    boolean delete(long userId, long id) {
        return sql.write("DELETE FROM progress WHERE id = :id AND user_id = :user")
                .param("id", id).param("user", userId).update() > 0;
    }

    boolean deleteByContent(long userId, long contentId) {
        return sql.write("DELETE FROM progress WHERE user_id = :user AND content_id = :content")
                .param("user", userId).param("content", contentId).update() > 0;
    }

    private Map<String, Object> values(ProgressRequest fields) {
        Map<String, Object> values = new HashMap<>();
        values.put("content", fields.content());
        values.put("lastChapter", fields.lastChapter());
        values.put("lastChapterKey", ChapterPositions.positionOf(fields.lastChapter()));
        values.put("notes", fields.notes());
        values.put("status", fields.status().value());
        values.put("score", fields.score());
        values.put("startedOn", date(fields.startedOn()));
        values.put("finishedOn", date(fields.finishedOn()));
        values.put("rereading", fields.rereading());
        values.put("rereadCount", fields.rereadCount());
        values.put("favorite", fields.favorite());
        values.put("readingUrl", fields.readingUrl());
        values.put("tags", json.writeValueAsString(fields.tags()));
        values.put("isPrivate", fields.isPrivate());
        return values;
    }

    private StoredEntry stored(ResultSet rs, int rowNumber) throws SQLException {
        return new StoredEntry(entry(rs, rowNumber), position(rs));
    }

    private static ReadingPosition position(ResultSet rs) throws SQLException {
        return new ReadingPosition(rs.getLong("unread_count"), chapter(rs, "next"), chapter(rs, "latest"));
    }

    /** The chapter whose columns start with {@code prefix}, or null when the join found none. */
    private static ChapterSummary chapter(ResultSet rs, String prefix) throws SQLException {
        long id = rs.getLong(prefix + "_id");
        if (rs.wasNull()) {
            return null;
        }
        return new ChapterSummary(id, rs.getString(prefix + "_number"), rs.getString(prefix + "_title"),
                localDate(rs.getDate(prefix + "_released")));
    }

    private ProgressEntry entry(ResultSet rs, int rowNumber) throws SQLException {
        BigDecimal score = rs.getBigDecimal("score");
        ProgressRequest fields = new ProgressRequest(rs.getLong("content_id"), rs.getString("last_chapter"),
                rs.getString("notes"), ReadingStatus.fromValue(rs.getString("status")), score,
                localDate(rs.getDate("started_on")), localDate(rs.getDate("finished_on")), rs.getBoolean("rereading"),
                rs.getInt("reread_count"), rs.getBoolean("favorite"), rs.getString("reading_url"),
                tags(rs.getString("tags")), rs.getBoolean("private"));
        return new ProgressEntry(rs.getLong("id"), rs.getLong("user_id"), fields, rs.getLong("version"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }

    /**
     * The stored JSON list of tags, read as a tree: the mapper's strings refuse what a request may not send (a
     * control character), which a tag imported before files were cleaned of them may hold.
     */
    private List<String> tags(String stored) {
        List<String> tags = new ArrayList<>();
        json.readTree(stored).values().forEach(tag -> tags.add(tag.stringValue()));
        return tags;
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    private static LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
