-- contents.title sorts in code-point order (COLLATE "C"), and under "C" lower() folds ASCII letters only:
-- lower('Été') stayed 'Été', so searching "été" missed it. Search lowers the title under the database's
-- own collation instead, as it does for author; the trigram index follows the new expression.
DROP INDEX contents_title_trgm;
CREATE INDEX contents_title_trgm ON contents USING gin ((lower(title COLLATE "default")) gin_trgm_ops);
