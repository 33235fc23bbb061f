package org.readtrack.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.readtrack.database.CaseFolding;
import org.readtrack.database.Like;
import org.readtrack.database.Sql;
import org.readtrack.shared.Page;
import org.readtrack.shared.PageQuery;
import org.springframework.stereotype.Component;

/**
 * The SQL of categories. A category's name is unique by its folded form ({@link CaseFolding}), kept in
 * {@code name_key} under a unique index: lists sort by it, searches match it.
 */
@Component
class CategoryStore {

    private static final String COLUMNS = "id, name, description, created_at, updated_at";
    /** Text found in the folded name or, lower-cased, in the description; {@code \} escapes the wildcards. */
    private static final String MATCHES =
            " WHERE name_key LIKE :pattern ESCAPE '\\' OR unicode_lower(description) LIKE :pattern ESCAPE '\\'";

    private final Sql sql;

    CategoryStore(Sql sql) {
        this.sql = sql;
    }

    /** Every category, or those matching {@code search} (null for all), by name ignoring case, either way. */
    Page<CategoryResponse> page(String search, boolean descending, PageQuery page) {
        String where = search == null ? "" : MATCHES;
        Map<String, Object> parameters =
                search == null ? Map.of() : Map.of("pattern", Like.containing(CaseFolding.fold(search)));
        String direction = descending ? " DESC" : "";
        return sql.page("SELECT " + COLUMNS + " FROM categories" + where
                        + " ORDER BY name_key" + direction + ", id" + direction + " LIMIT :limit OFFSET :offset",
                "SELECT count(*) FROM categories" + where, parameters, CategoryStore::row, page);
    }

    Optional<CategoryResponse> find(long id) {
        return sql.read("SELECT " + COLUMNS + " FROM categories WHERE id = :id").param("id", id)
                .query(CategoryStore::row).optional();
    }

    boolean exists(long id) {
        return sql.exists("categories", id);
    }

    /**
     * Whether the category exists, holding it until the transaction ends, so that checks made on its contents
     * meanwhile (no other suggestion of the same title) stay true until the caller's write is committed.
     * Suggestions need it: private contents are outside the unique index on public titles.
     */
    boolean lock(long id) {
        return sql.read("SELECT id FROM categories WHERE id = :id" + sql.dialect().forUpdate()).param("id", id)
                .query(Long.class).optional().isPresent();
    }

    /**
     * The category whose name has this {@link TitleKey} (accents and punctuation ignored too), if one has; the
     * first by id when several do. Categories are few: their names are compared here rather than indexed.
     */
    Optional<Long> idByNameKey(String titleKey) {
        for (CategoryResponse category : sql.read("SELECT " + COLUMNS + " FROM categories ORDER BY id")
                .query(CategoryStore::row).list()) {
            if (TitleKey.of(category.name()).equals(titleKey)) {
                return Optional.of(category.id());
            }
        }
        return Optional.empty();
    }

    long count() {
        return sql.read("SELECT count(*) FROM categories").query(Long.class).single();
    }

    /** Whether another category than {@code exceptId} has this name, ignoring case. */
    boolean nameTaken(String name, long exceptId) {
        return sql.read("SELECT count(*) FROM categories WHERE name_key = :key AND id <> :id")
                .param("key", CaseFolding.fold(name)).param("id", exceptId).query(Long.class).single() > 0;
    }

    /** The new category; empty when the name is taken (the unique index decides, races included). */
    Optional<CategoryResponse> insert(CategoryRequest request, Instant now) {
        return sql.write("INSERT INTO categories (name, name_key, description, created_at, updated_at)"
                        + " VALUES (:name, :key, :description, :now, :now)"
                        + " ON CONFLICT (name_key) DO NOTHING RETURNING " + COLUMNS)
                .params(values(request, now)).query(CategoryStore::row).optional();
    }

    /** The category as changed; empty when there is none with this id. */
    Optional<CategoryResponse> update(long id, CategoryRequest request, Instant now) {
        return sql.write("UPDATE categories SET name = :name, name_key = :key, description = :description,"
                        + " updated_at = :now WHERE id = :id RETURNING " + COLUMNS)
                .params(values(request, now)).param("id", id).query(CategoryStore::row).optional();
    }

    /** Whether there was a category with this id. */
    boolean delete(long id) {
        return sql.write("DELETE FROM categories WHERE id = :id").param("id", id).update() > 0;
    }

    private static Map<String, Object> values(CategoryRequest request, Instant now) {
        return Map.of("name", request.name(), "key", CaseFolding.fold(request.name()),
                "description", request.description(), "now", Timestamp.from(now));
    }

    private static CategoryResponse row(ResultSet rs, int rowNumber) throws SQLException {
        return new CategoryResponse(rs.getLong("id"), rs.getString("name"), rs.getString("description"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }
}
