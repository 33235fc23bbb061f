-- Issue 18, catalog: other titles, release weekdays and a cover per content.
-- alt_titles: one title a line ('' for none). release_days: a bit mask, mon = 1, tue = 2, wed = 4, thu = 8,
-- fri = 16, sat = 32, sun = 64 (filters test it with release_days & bit). cover: the stored image's file name.
ALTER TABLE contents ADD COLUMN alt_titles TEXT NOT NULL DEFAULT '';
ALTER TABLE contents ADD COLUMN release_days INTEGER NOT NULL DEFAULT 0 CHECK (release_days BETWEEN 0 AND 127);
ALTER TABLE contents ADD COLUMN cover TEXT;

-- The search index gains the other titles: FTS5 tables cannot take a column, so it is made anew, with its
-- triggers, and filled from the contents table.
DROP TRIGGER contents_search_insert;
DROP TRIGGER contents_search_delete;
DROP TRIGGER contents_search_update;
DROP TABLE contents_search;

CREATE VIRTUAL TABLE contents_search USING fts5(
    title, author, alt_titles, content = 'contents', content_rowid = 'id', tokenize = 'trigram'
);

CREATE TRIGGER contents_search_insert AFTER INSERT ON contents BEGIN
    INSERT INTO contents_search (rowid, title, author, alt_titles)
    VALUES (new.id, new.title, new.author, new.alt_titles);
END;

CREATE TRIGGER contents_search_delete AFTER DELETE ON contents BEGIN
    INSERT INTO contents_search (contents_search, rowid, title, author, alt_titles)
    VALUES ('delete', old.id, old.title, old.author, old.alt_titles);
END;

-- not on every update: a cover or a rating changes no indexed text
CREATE TRIGGER contents_search_update AFTER UPDATE OF title, author, alt_titles ON contents BEGIN
    INSERT INTO contents_search (contents_search, rowid, title, author, alt_titles)
    VALUES ('delete', old.id, old.title, old.author, old.alt_titles);
    INSERT INTO contents_search (rowid, title, author, alt_titles) VALUES (new.id, new.title, new.author, new.alt_titles);
END;

INSERT INTO contents_search (contents_search) VALUES ('rebuild');
