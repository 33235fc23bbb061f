-- Search compares text the application folds (SearchText: case, accents and punctuation ignored, each of the
-- title, author and other titles on a line of its own), so that both databases find the same contents. The
-- application writes the column with the content; V15.1 (SearchTextMigration) computes it for existing ones.
ALTER TABLE contents ADD COLUMN search_text TEXT NOT NULL DEFAULT '';

-- the trigram index covers that one column now: made anew (an FTS5 table cannot change its columns)
DROP TRIGGER contents_search_insert;
DROP TRIGGER contents_search_delete;
DROP TRIGGER contents_search_update;
DROP TABLE contents_search;

CREATE VIRTUAL TABLE contents_search USING fts5(
    search_text, content = 'contents', content_rowid = 'id', tokenize = 'trigram'
);

CREATE TRIGGER contents_search_insert AFTER INSERT ON contents BEGIN
    INSERT INTO contents_search (rowid, search_text) VALUES (new.id, new.search_text);
END;

CREATE TRIGGER contents_search_delete AFTER DELETE ON contents BEGIN
    INSERT INTO contents_search (contents_search, rowid, search_text) VALUES ('delete', old.id, old.search_text);
END;

CREATE TRIGGER contents_search_update AFTER UPDATE OF search_text ON contents BEGIN
    INSERT INTO contents_search (contents_search, rowid, search_text) VALUES ('delete', old.id, old.search_text);
    INSERT INTO contents_search (rowid, search_text) VALUES (new.id, new.search_text);
END;

INSERT INTO contents_search (contents_search) VALUES ('rebuild');
