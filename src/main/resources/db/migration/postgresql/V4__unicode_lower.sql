-- unicode_lower(text): lower-cases every letter. PostgreSQL's own lower() already does (under the
-- database's collation); SQLite's folds ASCII only, so there the service registers a function of this
-- name on each connection (UnicodeSqliteDriver). Searches call it by this one name on both databases.
-- A plain SQL function: PostgreSQL inlines it into the query.
CREATE FUNCTION unicode_lower(value text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS 'SELECT lower(value)';
