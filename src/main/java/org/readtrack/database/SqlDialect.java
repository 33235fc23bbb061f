package org.readtrack.database;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Everything that differs between SQLite and PostgreSQL in the SQL that features write. Both speak the same
 * {@code INSERT … ON CONFLICT … DO NOTHING/UPDATE} and {@code … RETURNING} (SQLite since 3.35), and both have
 * {@code unicode_lower()} (a Java function on SQLite, the V4 migration on PostgreSQL), so those are written
 * once, as they are. What remains is here.
 */
public final class SqlDialect {

    /** Trigrams need three characters; shorter search text cannot use a trigram index. */
    private static final int TRIGRAM = 3;

    private final JdbcTarget.Vendor vendor;

    SqlDialect(JdbcTarget.Vendor vendor) {
        this.vendor = vendor;
    }

    /**
     * What makes a {@code SELECT} lock the rows it reads until the transaction ends. PostgreSQL takes row
     * locks; SQLite has none to take and needs none: its write transactions ({@code BEGIN IMMEDIATE}, one
     * connection) run one at a time.
     */
    public String forUpdate() {
        return vendor == JdbcTarget.Vendor.POSTGRESQL ? " FOR UPDATE" : "";
    }

    /**
     * {@code column} in lower case, every letter folded whatever the column's collation: PostgreSQL's
     * {@code lower()} folds only ASCII letters under {@code COLLATE "C"} (titles sort by code point), so the
     * value is lowered under the database's own collation; SQLite's {@code lower()} folds only ASCII, so
     * {@code unicode_lower()} it is. For comparisons with text lowered in Java.
     */
    public String caseFolded(String column) {
        return vendor == JdbcTarget.Vendor.POSTGRESQL
                ? "lower(" + column + " COLLATE \"default\")"
                : "unicode_lower(" + column + ")";
    }

    /**
     * The UTC calendar day of a timestamp column as {@code YYYY-MM-DD} text, for counts by day. SQLite holds
     * timestamps as milliseconds since the epoch (as the application writes them).
     */
    public String utcDay(String column) {
        return vendor == JdbcTarget.Vendor.POSTGRESQL
                ? "to_char(" + column + " AT TIME ZONE 'UTC', 'YYYY-MM-DD')"
                : "date(" + column + " / 1000, 'unixepoch')";
    }

    /**
     * The elements of a JSON array of strings held in a text column, as a table with one column, {@code value},
     * for {@code EXISTS (SELECT 1 FROM … WHERE value = …)}.
     */
    public String jsonArrayElements(String column) {
        return vendor == JdbcTarget.Vendor.POSTGRESQL
                ? "json_array_elements_text(" + column + "::json) AS element(value)"
                : "json_each(" + column + ")";
    }

    /**
     * {@code column} lower-cased for a case-insensitive LIKE against lower-case {@code text}. Text in ASCII is
     * found by the databases' own {@code lower()} (SQLite's folds ASCII letters only), several times cheaper on
     * SQLite than {@code unicode_lower()}, a call into Java per value; other text needs the latter there.
     * PostgreSQL's {@code lower()} folds every letter under the database's collation.
     */
    public String lower(String column, String text) {
        if (vendor == JdbcTarget.Vendor.POSTGRESQL || text.chars().allMatch(c -> c < 0x80)) {
            return "lower(" + column + ")";
        }
        return "unicode_lower(" + column + ")";
    }

    /**
     * A trigram text index over some text columns of a table, which answers "contains this text, whatever its
     * case" without reading every row. The migrations build it each database's way: on SQLite an FTS5 table
     * ({@code tokenize = 'trigram'}, external content) whose rowid is the row's id; on PostgreSQL a pg_trgm
     * index on the lower-cased value of each column.
     *
     * @param table   the FTS5 table (SQLite)
     * @param id      the searched rows' id, as the query names it ({@code c.id})
     * @param columns the indexed columns, as the query names them
     */
    public record TextIndex(String table, String id, List<Column> columns) {

        public TextIndex(String table, String id, Column... columns) {
            this(table, id, List.of(columns));
        }

        /**
         * @param name           as the query names it ({@code c.title})
         * @param codePointOrder the column is declared to sort by code point (SQLite's own order; {@code COLLATE
         *                       "C"} on PostgreSQL, whose {@code lower()} then folds ASCII letters only: its index
         *                       lowers the value under the database's collation, and so must the search)
         */
        public record Column(String name, boolean codePointOrder) {

            public static Column of(String name) {
                return new Column(name, false);
            }

            public static Column inCodePointOrder(String name) {
                return new Column(name, true);
            }
        }
    }

    /**
     * A condition that is true when one of the index's columns contains {@code text}, ignoring case, answered
     * from the index where one can answer. Its values go into {@code parameters}, named {@code search} and
     * {@code search0}, {@code search1}, ….
     */
    public String contains(TextIndex index, String text, Map<String, Object> parameters) {
        List<String> matches = new ArrayList<>();
        if (vendor == JdbcTarget.Vendor.POSTGRESQL) {
            parameters.put("search", Like.containing(text.toLowerCase(Locale.ROOT)));
            for (TextIndex.Column column : index.columns()) {
                String value = column.codePointOrder() ? column.name() + " COLLATE \"default\"" : column.name();
                matches.add("lower(" + value + ") LIKE :search");
            }
            return "(" + String.join(" OR ", matches) + ")";
        }
        if (text.codePointCount(0, text.length()) >= TRIGRAM) {
            // a quoted FTS5 string is matched literally: a phrase of trigrams, that is, a substring
            parameters.put("search", "\"" + text.replace("\"", "\"\"") + "\"");
            return index.id() + " IN (SELECT rowid FROM " + index.table() + " WHERE " + index.table()
                    + " MATCH :search)";
        }
        // every case of these one or two characters, with SQLite's own instr(): this search scans every row,
        // and unicode_lower() would call back into Java for each value
        List<String> variants = caseVariants(text);
        for (int i = 0; i < variants.size(); i++) {
            parameters.put("search" + i, variants.get(i));
            for (TextIndex.Column column : index.columns()) {
                matches.add("instr(" + column.name() + ", :search" + i + ") > 0");
            }
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
}
