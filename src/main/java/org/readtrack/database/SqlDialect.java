package org.readtrack.database;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Everything that differs between SQLite and PostgreSQL in the SQL that features write. Both speak the same
 * {@code INSERT … ON CONFLICT … DO NOTHING/UPDATE} and {@code … RETURNING} (SQLite since 3.35), and both have
 * {@code unicode_lower()} (a Java function on SQLite, the V4 migration on PostgreSQL), so those are written
 * once, as they are. What remains is here.
 */
public final class SqlDialect {

    private static final long QUARTER_HOUR_SECONDS = 900;

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
     * The quarter hour since the epoch that a timestamp column falls in, a whole number. Every zone's offset from
     * UTC is a whole number of quarter hours (Kathmandu's is 5:45), so what is counted by quarter hour can be
     * counted by any zone's calendar day after: the database need not know the zone's summer time rules.
     */
    public String quarterHour(String column) {
        return vendor == JdbcTarget.Vendor.POSTGRESQL
                ? "CAST(floor(extract(epoch FROM " + column + ") / " + QUARTER_HOUR_SECONDS + ") AS BIGINT)"
                : "(" + column + " / " + QUARTER_HOUR_SECONDS * 1000 + ")";
    }

    /** The day of {@code zone} that a quarter hour {@link #quarterHour} counts falls on (summer time included). */
    public static LocalDate dayOfQuarterHour(long slot, ZoneId zone) {
        return Instant.ofEpochSecond(slot * QUARTER_HOUR_SECONDS).atZone(zone).toLocalDate();
    }

    /**
     * The UTC calendar day of a timestamp column, comparable with a date column: a {@code DATE} on PostgreSQL (the
     * session's zone is UTC: the service sets the JVM's, which the driver gives the server; a cast is cheaper per
     * row than {@code AT TIME ZONE}); on SQLite, where both are milliseconds since the epoch, the millisecond that
     * day starts.
     */
    public String utcDate(String column) {
        return vendor == JdbcTarget.Vendor.POSTGRESQL
                ? "CAST(" + column + " AS DATE)"
                : "(" + column + " / 86400000 * 86400000)";
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
     * A trigram text index over a column of text the application folded (case, accents, punctuation: it holds
     * what searches compare, in the form the search text is given), which answers "contains this text" without
     * reading every row. The migrations build it each database's way: on SQLite an FTS5 table ({@code tokenize =
     * 'trigram'}, external content) whose rowid is the row's id; on PostgreSQL a pg_trgm index on the column.
     *
     * @param table  the FTS5 table (SQLite)
     * @param id     the searched rows' id, as the query names it ({@code c.id})
     * @param column the indexed column, as the query names it
     */
    public record TextIndex(String table, String id, String column) {
    }

    /**
     * A condition that is true when the index's column contains every one of {@code words} (folded as the column is),
     * in any order, answered from the index where one can answer. Their values go into {@code parameters}: on
     * SQLite the words of three characters or more together as {@code search}; each other word as {@code search0},
     * {@code search1}… by its place.
     */
    public String containsAll(TextIndex index, List<String> words, Map<String, Object> parameters) {
        List<String> conditions = new ArrayList<>();
        List<String> phrases = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (vendor == JdbcTarget.Vendor.POSTGRESQL) {
                // the pg_trgm index answers each LIKE, and the planner intersects them
                parameters.put("search" + i, Like.containing(word));
                conditions.add(index.column() + " LIKE :search" + i);
            } else if (word.codePointCount(0, word.length()) >= TRIGRAM) {
                // a quoted FTS5 string is matched literally: a phrase of trigrams, that is, a substring
                phrases.add("\"" + word.replace("\"", "\"\"") + "\"");
            } else {
                // one or two characters: no trigram to look up, so SQLite's own instr() reads the rows left
                parameters.put("search" + i, word);
                conditions.add("instr(" + index.column() + ", :search" + i + ") > 0");
            }
        }
        if (!phrases.isEmpty()) {
            parameters.put("search", String.join(" AND ", phrases));
            conditions.add(0, index.id() + " IN (SELECT rowid FROM " + index.table() + " WHERE " + index.table()
                    + " MATCH :search)");
        }
        return String.join(" AND ", conditions);
    }
}
