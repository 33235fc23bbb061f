package org.readtrack.database;

/**
 * Everything that differs between SQLite and PostgreSQL in the SQL that features write. Both speak the same
 * {@code INSERT … ON CONFLICT … DO NOTHING/UPDATE} and {@code … RETURNING} (SQLite since 3.35), and both have
 * {@code unicode_lower()} (a Java function on SQLite, the V4 migration on PostgreSQL), so those are written
 * once, as they are. What remains is here.
 */
public final class SqlDialect {

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

    boolean isSqlite() {
        return vendor == JdbcTarget.Vendor.SQLITE;
    }
}
