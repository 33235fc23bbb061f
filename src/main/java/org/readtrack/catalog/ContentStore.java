package org.readtrack.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.ObjLongConsumer;

import com.github.benmanes.caffeine.cache.Interner;

import org.readtrack.database.Sql;
import org.readtrack.database.SqlDialect.TextIndex;
import org.readtrack.images.ImageUse;
import org.readtrack.shared.Page;
import org.readtrack.shared.PageQuery;
import org.springframework.stereotype.Component;

/**
 * The SQL of contents. A content is read the way the API shows it (category and chapter count included)
 * in one statement, whatever the number of contents; lists add one count. Search uses each database's own
 * text index (see {@link org.readtrack.database.SqlDialect#contains}).
 */
@Component
class ContentStore {

    private static final String COLUMNS = """
            SELECT c.id, c.title, c.alt_titles, c.author, c.language, c.status, c.release_days, c.rating,
                   c.description, c.cover, c.category_id, c.created_at, c.updated_at,
                   g.name AS category_name, g.description AS category_description,
                   g.created_at AS category_created_at, g.updated_at AS category_updated_at,
                   (SELECT count(*) FROM chapters h WHERE h.content_id = c.id) AS chapter_count,
                   c.private_to, s.id AS suggestion_id, s.status AS suggestion_status, s.reason AS suggestion_reason
            """;
    /** The suggestion that keeps a private content private; public contents need no look-up. */
    private static final String PRIVACY = " LEFT JOIN suggestions s ON c.private_to IS NOT NULL AND s.content_id = c.id"
            + " AND s.status IN ('pending', 'rejected')";
    private static final String SELECT = COLUMNS + " FROM contents c JOIN categories g ON g.id = c.category_id" + PRIVACY;
    /** Titles, authors and other titles, folded by {@link SearchText} and indexed by trigrams (V15). */
    private static final TextIndex SEARCH = new TextIndex("contents_search", "c.id", "c.search_text");
    /**
     * Other titles are kept in one text column, one per line (validation refuses line breaks in a title):
     * the text index then covers them as it covers the title, with no table or join of their own.
     */
    private static final String LINE = "\n";
    /** Title keys per statement when matching an imported list. */
    private static final int KEY_SLICE = 500;
    /** Title keys per page when the whole catalog's are read. */
    private static final int TITLE_KEYS_PAGE = 5000;
    /** The contents by their titles' keys ({@link TitleKey}): each key with its content. */
    private static final String TITLE_KEYS = "SELECT k.title_key, c.id, c.title, c.category_id, g.name,"
            + " c.release_days FROM content_title_keys k JOIN contents c ON c.id = k.content_id"
            + " JOIN categories g ON g.id = c.category_id";
    /**
     * One instance per distinct category, however many cached contents show it: a catalog has few
     * categories and many contents, and a copy per row was 2.7 MB of the heap's live set at medium. Equal
     * records are interchangeable; a changed category is a different record, and unused ones are collected.
     */
    private static final Interner<CategoryResponse> CATEGORIES = Interner.newWeakInterner();

    private final Sql sql;

    ContentStore(Sql sql) {
        this.sql = sql;
    }

    /**
     * A page of the contents the filter selects among those {@code viewer} sees; a category filter naming no
     * category is refused.
     */
    Page<ContentResponse> page(ContentFilter filter, PageQuery page, Viewer viewer) {
        Page<ContentResponse> found = page(filter, SearchText.phrase(filter.search()), page, viewer);
        List<String> words = SearchText.wordsInAnyOrder(filter.search());
        return found.total() == 0 && !words.isEmpty() ? page(filter, words, page, viewer) : found;
    }

    /** As {@link #page}, for contents whose search text holds every one of {@code words} ({@link SearchText}). */
    private Page<ContentResponse> page(ContentFilter filter, List<String> words, PageQuery page, Viewer viewer) {
        Map<String, Object> parameters = new HashMap<>();
        List<String> conditions = new ArrayList<>(List.of(ContentVisibility.visibleTo(viewer, "c.id", parameters)));
        if (filter.category() != null) {
            conditions.add("c.category_id = :category");
            parameters.put("category", filter.category());
        }
        if (filter.status() != null) {
            conditions.add("c.status = :status");
            parameters.put("status", filter.status().value());
        }
        if (filter.language() != null) {
            conditions.add("c.language = :language");
            parameters.put("language", filter.language());
        }
        if (!words.isEmpty()) {
            conditions.add(sql.dialect().containsAll(SEARCH, words, parameters));
        }
        String where = " WHERE " + String.join(" AND ", conditions);
        String orderBy = " ORDER BY " + String.join(", ", filter.orderBy());
        // Find the page's ids first, in an index alone, then read the whole rows of those ids only: an
        // OFFSET skips rows, and skipping ids is much cheaper than skipping rows with their join and count.
        Page<ContentResponse> found = sql.page(COLUMNS
                        + " FROM (SELECT c.id FROM contents c" + where + orderBy + " LIMIT :limit OFFSET :offset) page"
                        + " JOIN contents c ON c.id = page.id JOIN categories g ON g.id = c.category_id" + PRIVACY
                        + orderBy,
                "SELECT count(*) FROM contents c" + where, parameters, ContentStore::row, page);
        return sql.checkParent(found, "feature_category", "categories", filter.category());
    }

    /** Keyed by id, in no particular order; ids that do not exist are simply absent. */
    Map<Long, ContentResponse> byIds(Collection<? extends Long> ids) {
        Map<Long, ContentResponse> found = new LinkedHashMap<>();
        sql.read(SELECT + " WHERE c.id IN (:ids)").param("ids", List.copyOf(ids)).query(ContentStore::row).list()
                .forEach(content -> found.put(content.id(), content));
        return found;
    }

    boolean exists(long id) {
        return sql.exists("contents", id);
    }

    /** Whether there is a content with this id that {@code viewer} sees: one indexed count, as {@link #exists}. */
    boolean exists(long id, Viewer viewer) {
        Map<String, Object> parameters = new HashMap<>(Map.of("id", id));
        return sql.read("SELECT count(*) FROM contents WHERE id = :id AND "
                        + ContentVisibility.visibleTo(viewer, "id", parameters))
                .params(parameters).query(Long.class).single() > 0;
    }

    /** The owners of private contents, and whether a suggestion is pending: one row per private content. */
    PrivateReaders privateReaders() {
        Set<Long> owners = new HashSet<>();
        boolean[] anyPending = {false};
        sql.read("SELECT c.private_to, (SELECT count(*) FROM suggestions s WHERE s.content_id = c.id"
                        + " AND s.status = 'pending') AS pending FROM contents c WHERE c.private_to IS NOT NULL")
                .query(rs -> {
                    owners.add(rs.getLong(1));
                    anyPending[0] |= rs.getLong(2) > 0;
                });
        return new PrivateReaders(Set.copyOf(owners), anyPending[0]);
    }

    /** The stored content as a PUT would send it, to lay a PATCH over. */
    Optional<ContentRequest> request(long id) {
        return sql.read("SELECT title, author, language, status, rating, description, category_id, alt_titles,"
                        + " release_days FROM contents WHERE id = :id").param("id", id)
                .query((rs, rowNumber) -> new ContentRequest(rs.getString("title"), rs.getString("author"),
                        rs.getString("language"), ContentStatus.fromValue(rs.getString("status")),
                        rs.getBigDecimal("rating"), rs.getString("description"), rs.getLong("category_id"),
                        altTitles(rs.getString("alt_titles")),
                        ReleaseDay.fromMask(rs.getInt("release_days")).stream().map(ReleaseDay::value).toList()))
                .optional();
    }

    /**
     * The public content of this category other than {@code exceptId} that has this title, if any: titles are
     * unique among public contents (a private one may share its title until it is approved), written alike too
     * ({@link TitleKey}: "ONE PIECE", "One Piece!" and "one piece" are one series).
     */
    Optional<Long> titleTaken(long categoryId, String title, long exceptId) {
        // titles of symbols alone ("!!!", "???") have no key left once folded: only the same text is taken then
        return sql.read("SELECT id FROM contents WHERE category_id = :category"
                        + " AND (title = :title OR (:key <> '' AND title_key = :key))"
                        + " AND id <> :id AND private_to IS NULL ORDER BY id LIMIT 1")
                .param("category", categoryId).param("title", title).param("key", TitleKey.of(title))
                .param("id", exceptId).query(Long.class).optional();
    }

    /**
     * A content of this category that one of these title keys names, among those {@code viewer} sees: public
     * ones first, then by id.
     */
    Optional<ContentResponse> byTitleKeys(long categoryId, Collection<String> keys, Viewer viewer) {
        Map<String, Object> parameters = new HashMap<>();
        String visible = ContentVisibility.visibleTo(viewer, "c.id", parameters);
        return sql.read("SELECT c.id FROM content_title_keys k JOIN contents c ON c.id = k.content_id"
                        + " WHERE k.title_key IN (:keys) AND c.category_id = :category AND " + visible
                        + " ORDER BY CASE WHEN c.private_to IS NULL THEN 0 ELSE 1 END, c.id LIMIT 1")
                .params(parameters).param("keys", List.copyOf(keys)).param("category", categoryId)
                .query(Long.class).optional()
                .map(id -> byIds(List.of(id)).get(id));
    }

    /** Makes a private content public. Whether it was private. */
    boolean publish(long id, Instant now) {
        return sql.write("UPDATE contents SET private_to = NULL, updated_at = :now"
                        + " WHERE id = :id AND private_to IS NOT NULL")
                .param("now", Timestamp.from(now)).param("id", id).update() > 0;
    }

    /** The category's contents that the catalog's staff see: public ones, and suggestions awaiting review. */
    long countReviewedInCategory(long categoryId) {
        return sql.read("SELECT count(*) FROM contents c WHERE c.category_id = :category AND (c.private_to IS NULL"
                        + " OR EXISTS (SELECT 1 FROM suggestions s WHERE s.content_id = c.id AND s.status = 'pending'))")
                .param("category", categoryId).query(Long.class).single();
    }

    /**
     * Deletes the category's private contents, with their chapters and the entries on them: once no suggestion
     * awaits review there, these are series readers suggested that were rejected, each its proposer's alone.
     */
    void deletePrivateInCategory(long categoryId) {
        sql.write("DELETE FROM contents WHERE category_id = :category AND private_to IS NOT NULL")
                .param("category", categoryId).update();
    }

    /**
     * The new content's id; empty when it is public and its category has a public content of this title (the
     * unique index decides). {@code privateTo}: the account that alone sees it, null for a public content.
     */
    Optional<Long> insert(ContentRequest request, Long privateTo, Instant now) {
        Map<String, Object> values = values(request, now);
        values.put("privateTo", privateTo);
        Optional<Long> id = sql.write("INSERT INTO contents (title, title_key, search_text, author, language,"
                        + " status, rating, description, category_id, alt_titles, release_days, private_to, created_at,"
                        + " updated_at) VALUES (:title, :titleKey, :searchText, :author, :language, :status, :rating,"
                        + " :description, :category, :altTitles, :releaseDays, :privateTo, :now, :now)"
                        + " ON CONFLICT (category_id, title) WHERE private_to IS NULL DO NOTHING RETURNING id")
                .params(values).query(Long.class).optional();
        id.ifPresent(created -> writeTitleKeys(created, request));
        return id;
    }

    /** Whether there was a content with this id to change. */
    boolean update(long id, ContentRequest request, Instant now) {
        boolean updated = sql.write("UPDATE contents SET title = :title, title_key = :titleKey,"
                        + " search_text = :searchText, author = :author, language = :language,"
                        + " status = :status, rating = :rating, description = :description,"
                        + " category_id = :category, alt_titles = :altTitles, release_days = :releaseDays,"
                        + " updated_at = :now WHERE id = :id")
                .params(values(request, now)).param("id", id).update() > 0;
        if (updated) {
            sql.write("DELETE FROM content_title_keys WHERE content_id = :id").param("id", id).update();
            writeTitleKeys(id, request);
        }
        return updated;
    }

    /** The comparison keys of a content's title and other titles, each once. */
    static Set<String> titleKeys(String title, List<String> altTitles) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(TitleKey.of(title));
        altTitles.forEach(alt -> keys.add(TitleKey.of(alt)));
        keys.remove("");
        return keys;
    }

    private void writeTitleKeys(long id, ContentRequest request) {
        List<Object[]> rows = titleKeys(request.title(), request.altTitles()).stream()
                .map(key -> new Object[] {id, key}).toList();
        sql.batch("INSERT INTO content_title_keys (content_id, title_key) VALUES (?, ?)", rows);
    }

    /**
     * The contents whose title or other title has one of these keys, found by the index on the keys; keyed by
     * title key. Asked in slices, so that no statement carries too many parameters.
     */
    Map<String, List<TitleMatch>> byTitleKeys(Collection<String> keys, Viewer viewer) {
        Map<String, List<TitleMatch>> found = new HashMap<>();
        List<String> all = List.copyOf(keys);
        Map<String, Object> parameters = new HashMap<>();
        String visible = ContentVisibility.visibleTo(viewer, "c.id", parameters);
        for (int from = 0; from < all.size(); from += KEY_SLICE) {
            List<String> slice = all.subList(from, Math.min(all.size(), from + KEY_SLICE));
            sql.read(TITLE_KEYS + " WHERE k.title_key IN (:keys) AND " + visible)
                    .params(parameters).param("keys", slice)
                    .query(rs -> {
                        found.computeIfAbsent(rs.getString(1), key -> new ArrayList<>()).add(titleMatch(rs, 2));
                    });
        }
        return found;
    }

    /**
     * Every title key of the contents {@code viewer} sees, with its content's id, in order of key, a page at a time:
     * PostgreSQL's driver reads a whole result before the first row is handed over, and a catalog of 100,000
     * contents has more keys than the heap should hold at once. Each page is handed over once its statement is done.
     */
    void forEachTitleKey(Viewer viewer, ObjLongConsumer<String> each) {
        Map<String, Object> parameters = new HashMap<>();
        String visible = ContentVisibility.visibleTo(viewer, "k.content_id", parameters);
        record KeyOf(String key, long contentId) {
        }
        KeyOf after = new KeyOf("", 0);
        while (true) {
            List<KeyOf> page = sql.read("SELECT k.title_key, k.content_id FROM content_title_keys k"
                            + " WHERE k.title_key >= :key AND (k.title_key > :key OR k.content_id > :id) AND " + visible
                            + " ORDER BY k.title_key, k.content_id LIMIT " + TITLE_KEYS_PAGE)
                    .params(parameters).param("key", after.key()).param("id", after.contentId())
                    .query((rs, row) -> new KeyOf(rs.getString(1), rs.getLong(2))).list();
            page.forEach(key -> each.accept(key.key(), key.contentId()));
            if (page.size() < TITLE_KEYS_PAGE) {
                return;
            }
            after = page.get(page.size() - 1);
        }
    }

    /** What an import says of these contents, by id; those deleted meanwhile are left out. */
    Map<Long, TitleMatch> titleMatches(Collection<Long> ids) {
        Map<Long, TitleMatch> found = new HashMap<>();
        List<Long> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += KEY_SLICE) {
            sql.read("SELECT c.id, c.title, c.category_id, g.name, c.release_days FROM contents c"
                            + " JOIN categories g ON g.id = c.category_id WHERE c.id IN (:ids)")
                    .param("ids", all.subList(from, Math.min(all.size(), from + KEY_SLICE)))
                    .query(rs -> {
                        found.put(rs.getLong(1), titleMatch(rs, 1));
                    });
        }
        return found;
    }

    /** The content of a row whose columns from {@code first} on are those of {@link #TITLE_KEYS} after the key. */
    private static TitleMatch titleMatch(ResultSet rs, int first) throws SQLException {
        return new TitleMatch(rs.getLong(first), rs.getString(first + 1), rs.getLong(first + 2),
                rs.getString(first + 3), ReleaseDay.fromMask(rs.getInt(first + 4)));
    }

    /** Sets the release days of a content that has none; false when it has some (or does not exist). */
    boolean fillReleaseDays(long id, List<ReleaseDay> days, Instant now) {
        return sql.write("UPDATE contents SET release_days = :days, updated_at = :now"
                        + " WHERE id = :id AND release_days = 0")
                .param("days", ReleaseDay.mask(days)).param("now", Timestamp.from(now)).param("id", id)
                .update() > 0;
    }

    /** Whether there was a content with this id; {@code cover} is a stored image's name. */
    boolean setCover(long id, String cover, Instant now) {
        return sql.write("UPDATE contents SET cover = :cover, updated_at = :now WHERE id = :id")
                .param("cover", cover).param("now", Timestamp.from(now)).param("id", id).update() > 0;
    }

    /** Hands each cover's stored image name to {@code inUse}, a page of rows at a time. */
    void coversInUse(Consumer<String> inUse) {
        sql.forEachValue("contents", "cover", inUse);
    }

    /** Whether the content had a cover to remove: one without is left as it is, its updated_at included. */
    boolean removeCover(long id, Instant now) {
        return sql.write("UPDATE contents SET cover = NULL, updated_at = :now WHERE id = :id AND cover IS NOT NULL")
                .param("now", Timestamp.from(now)).param("id", id).update() > 0;
    }

    /** Whether there was a content with this id; its chapters and everyone's progress go with it. */
    boolean delete(long id) {
        return sql.write("DELETE FROM contents WHERE id = :id").param("id", id).update() > 0;
    }

    private static Map<String, Object> values(ContentRequest request, Instant now) {
        Map<String, Object> values = new HashMap<>();
        values.put("title", request.title());
        values.put("titleKey", TitleKey.of(request.title())); // what lists ordered by title follow
        values.put("searchText", SearchText.of(request.title(), request.author(), request.altTitles()));
        values.put("author", request.author());
        values.put("language", request.language());
        values.put("status", request.status().value());
        values.put("rating", request.rating()); // may be null
        values.put("description", request.description());
        values.put("category", request.featureCategory());
        values.put("altTitles", String.join(LINE, request.altTitles()));
        values.put("releaseDays", ReleaseDay.mask(request.releaseDays().stream()
                .map(day -> ReleaseDay.parse(day).orElseThrow()).toList()));
        values.put("now", Timestamp.from(now));
        return values;
    }

    private static ContentResponse row(ResultSet rs, int rowNumber) throws SQLException {
        CategoryResponse category = CATEGORIES.intern(new CategoryResponse(rs.getLong("category_id"),
                rs.getString("category_name"), rs.getString("category_description"),
                rs.getTimestamp("category_created_at").toInstant(), rs.getTimestamp("category_updated_at").toInstant()));
        BigDecimal rating = rs.getBigDecimal("rating");
        String cover = rs.getString("cover");
        return new ContentResponse(rs.getLong("id"), rs.getString("title"), altTitles(rs.getString("alt_titles")),
                rs.getString("author"), rs.getString("language"), ContentStatus.fromValue(rs.getString("status")),
                ReleaseDay.fromMask(rs.getInt("release_days")),
                // SQLite keeps 8.0 as the integer 8: one decimal place, whatever the database
                rating == null ? null : rating.setScale(1, RoundingMode.HALF_UP),
                rs.getString("description"), cover == null ? null : ImageUse.COVER.url(cover),
                rs.getLong("category_id"), category, rs.getLong("chapter_count"), privacy(rs),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }

    /** Null for a public content. A private one without its suggestion cannot happen; it would stay its owner's. */
    private static ContentSuggestion privacy(ResultSet rs) throws SQLException {
        long owner = rs.getLong("private_to");
        if (rs.wasNull()) {
            return null;
        }
        long suggestion = rs.getLong("suggestion_id");
        String status = rs.getString("suggestion_status");
        return new ContentSuggestion(suggestion, status == null ? SuggestionStatus.REJECTED
                : SuggestionStatus.fromValue(status), Objects.requireNonNullElse(rs.getString("suggestion_reason"), ""),
                owner);
    }

    static List<String> altTitles(String stored) {
        return stored.isEmpty() ? List.of() : List.of(stored.split(LINE));
    }
}
