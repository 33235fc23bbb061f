package org.readtrack.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Interner;

import org.readtrack.database.DatabaseProperties;
import org.readtrack.database.JdbcTarget;
import org.readtrack.database.Like;
import org.readtrack.database.Sql;
import org.readtrack.shared.FieldErrors;
import org.readtrack.shared.PageQuery;
import org.readtrack.web.PageResponse;
import org.springframework.stereotype.Component;

/**
 * Reads contents the way the API shows them (category and chapter count included) in one SQL statement,
 * whatever the number of contents; lists add one count. Results go through {@link CatalogCache}. Written in SQL rather than JPQL because search
 * uses each database's own text index: SQLite's FTS5 trigram table, PostgreSQL's pg_trgm indexes.
 */
@Component
class ContentViews {

    private static final String COLUMNS = """
            SELECT c.id, c.title, c.author, c.language, c.status, c.rating, c.description, c.category_id,
                   c.created_at, c.updated_at,
                   g.name AS category_name, g.description AS category_description,
                   g.created_at AS category_created_at, g.updated_at AS category_updated_at,
                   (SELECT count(*) FROM chapters h WHERE h.content_id = c.id) AS chapter_count
            """;
    private static final String SELECT = COLUMNS + " FROM contents c JOIN categories g ON g.id = c.category_id";
    /**
     * One instance per distinct category, however many cached contents show it: a catalog has few
     * categories and many contents, and a copy per row was 2.7 MB of the heap's live set at medium. Equal
     * records are interchangeable; a changed category is a different record, and unused ones are collected.
     */
    private static final Interner<CategoryResponse> CATEGORIES = Interner.newWeakInterner();
    /** Trigrams need three characters; shorter search text falls back to a scan. */
    private static final int TRIGRAM = 3;

    private final boolean sqlite;
    private final CatalogCache cache;
    private final Sql reads;

    ContentViews(Sql reads, DatabaseProperties database, CatalogCache cache) {
        this.sqlite = database.target().vendor() == JdbcTarget.Vendor.SQLITE;
        this.cache = cache;
        this.reads = reads;
    }

    private record ListQuery(ContentFilter filter, PageQuery page) {
    }

    PageResponse<ContentResponse> list(ContentFilter filter, PageQuery page) {
        CatalogCache.Slice<ContentResponse> slice =
                cache.page(new ListQuery(filter, page), () -> load(filter, page));
        return PageResponse.of(page, slice.count(), slice.results());
    }

    Optional<ContentResponse> byId(long id) {
        return Optional.ofNullable(byIds(List.of(id)).get(id));
    }

    boolean exists(long id) {
        return reads.read("SELECT count(*) FROM contents WHERE id = :id").param("id", id).query(Long.class).single() > 0;
    }

    /** Keyed by id, in no particular order; ids that do not exist are simply absent. */
    Map<Long, ContentResponse> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return cache.contents(ids, this::load);
    }

    private CatalogCache.Slice<ContentResponse> load(ContentFilter filter, PageQuery page) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
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
        if (filter.search() != null) {
            conditions.add(searchCondition(filter.search(), parameters));
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);

        String orderBy = " ORDER BY " + String.join(", ", filter.orderBy());
        // Find the page's ids first, in an index alone, then read the whole rows of those ids only: an
        // OFFSET skips rows, and skipping ids is much cheaper than skipping rows with their join and count.
        List<ContentResponse> fetched = reads.read(COLUMNS
                        + " FROM (SELECT c.id FROM contents c" + where + orderBy + " LIMIT :limit OFFSET :offset) page"
                        + " JOIN contents c ON c.id = page.id JOIN categories g ON g.id = c.category_id" + orderBy)
                .params(parameters).param("limit", page.fetchSize()).param("offset", page.offset())
                .query(ContentViews::row).list();
        List<ContentResponse> results = page.items(fetched);
        long count = page.total(fetched.size(),
                () -> reads.read("SELECT count(*) FROM contents c" + where).params(parameters).query(Long.class).single());
        if (count == 0 && filter.category() != null && !categoryExists(filter.category())) {
            throw FieldErrors.of("feature_category",
                    "Select a valid choice. That choice is not one of the available choices.");
        }
        return new CatalogCache.Slice<>(count, results);
    }

    private Map<Long, ContentResponse> load(Collection<? extends Long> ids) {
        Map<Long, ContentResponse> found = new LinkedHashMap<>();
        reads.read(SELECT + " WHERE c.id IN (:ids)").param("ids", List.copyOf(ids)).query(ContentViews::row).list()
                .forEach(content -> found.put(content.id(), content));
        return found;
    }

    private boolean categoryExists(long id) {
        return reads.read("SELECT count(*) FROM categories WHERE id = :id").param("id", id).query(Long.class).single() > 0;
    }

    private String searchCondition(String text, Map<String, Object> parameters) {
        if (!sqlite) {
            parameters.put("search", Like.containing(text.toLowerCase(Locale.ROOT)));
            // the title column sorts under "C", whose lower() ignores non-ASCII letters (see the V2 migration)
            return "(lower(c.title COLLATE \"default\") LIKE :search OR lower(c.author) LIKE :search)";
        }
        if (text.codePointCount(0, text.length()) >= TRIGRAM) {
            // a quoted FTS5 string is matched literally: a phrase of trigrams, that is, a substring
            parameters.put("search", "\"" + text.replace("\"", "\"\"") + "\"");
            return "c.id IN (SELECT rowid FROM contents_search WHERE contents_search MATCH :search)";
        }
        // every case of these one or two characters, with SQLite's own instr(): this search scans every
        // content, and unicode_lower() would call back into Java for each title and author
        List<String> matches = new ArrayList<>();
        List<String> variants = caseVariants(text);
        for (int i = 0; i < variants.size(); i++) {
            parameters.put("search" + i, variants.get(i));
            matches.add("instr(c.title, :search" + i + ") > 0 OR instr(c.author, :search" + i + ") > 0");
        }
        return "(" + String.join(" OR ", matches) + ")";
    }

    /** {@code "éT"} → {@code éT, ét, ÉT, Ét}: each character in each of its cases (at most three each). */
    private static List<String> caseVariants(String text) {
        List<String> variants = List.of("");
        for (int codePoint : text.codePoints().toArray()) {
            Set<String> cases = new LinkedHashSet<>(List.of(Character.toString(codePoint),
                    Character.toString(Character.toLowerCase(codePoint)),
                    Character.toString(Character.toUpperCase(codePoint)),
                    Character.toString(Character.toTitleCase(codePoint))));
            List<String> longer = new ArrayList<>();
            for (String prefix : variants) {
                for (String form : cases) {
                    longer.add(prefix + form);
                }
            }
            variants = longer;
        }
        return variants;
    }

    private static ContentResponse row(ResultSet rs, int rowNumber) throws SQLException {
        CategoryResponse category = CATEGORIES.intern(new CategoryResponse(rs.getLong("category_id"),
                rs.getString("category_name"), rs.getString("category_description"),
                instant(rs, "category_created_at"), instant(rs, "category_updated_at")));
        java.math.BigDecimal rating = rs.getBigDecimal("rating");
        return new ContentResponse(rs.getLong("id"), rs.getString("title"), rs.getString("author"),
                rs.getString("language"), ContentStatus.fromValue(rs.getString("status")),
                // SQLite keeps 8.0 as the integer 8: one decimal place, whatever the database
                rating == null ? null : rating.setScale(1, java.math.RoundingMode.HALF_UP),
                rs.getString("description"), rs.getLong("category_id"), category, rs.getLong("chapter_count"),
                instant(rs, "created_at"), instant(rs, "updated_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
