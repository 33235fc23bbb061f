-- Lists ordered by title follow each title's key (lower case, accents and punctuation ignored: TitleKey in the
-- application), so that "Été" sorts with "ete" and "apple" with "Apple", not after "Z" as in code-point order.
-- The application writes the key with the title; V14.1 (TitleOrderMigration) computes it for existing contents.
ALTER TABLE contents ADD COLUMN title_key TEXT COLLATE "C" NOT NULL DEFAULT '';
DROP INDEX contents_category_title;
CREATE INDEX contents_category_title ON contents (category_id, title_key, id);
CREATE INDEX contents_title_order ON contents (title_key, id);
