-- Search compares text the application folds (SearchText: case, accents and punctuation ignored, each of the
-- title, author and other titles on a line of its own), so that both databases find the same contents, whatever
-- the database's collation. The application writes the column with the content; V15.1 (SearchTextMigration)
-- computes it for existing ones. One trigram index on it replaces the three on lower-cased columns.
ALTER TABLE contents ADD COLUMN search_text TEXT NOT NULL DEFAULT '';
DROP INDEX contents_title_trgm;
DROP INDEX contents_author_trgm;
DROP INDEX contents_alt_titles_trgm;
CREATE INDEX contents_search_trgm ON contents USING gin (search_text gin_trgm_ops);
