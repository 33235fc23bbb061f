-- The catalog: categories hold contents, contents hold chapters.
CREATE TABLE categories (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    name        TEXT      NOT NULL,
    name_key    TEXT      NOT NULL,
    description TEXT      NOT NULL DEFAULT '',
    created_at  TIMESTAMP NOT NULL,
    updated_at  TIMESTAMP NOT NULL
);

CREATE TABLE contents (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    title       TEXT      NOT NULL,
    author      TEXT      NOT NULL DEFAULT '',
    language    TEXT      NOT NULL DEFAULT 'fr',
    status      TEXT      NOT NULL DEFAULT 'ongoing' CHECK (status IN ('ongoing', 'completed', 'hiatus')),
    rating      NUMERIC,
    description TEXT      NOT NULL DEFAULT '',
    category_id INTEGER   NOT NULL REFERENCES categories (id) ON DELETE RESTRICT,
    created_at  TIMESTAMP NOT NULL,
    updated_at  TIMESTAMP NOT NULL
);

-- sort_key orders chapter numbers naturally (2 < 10 < 10.5 < 11, words last); see ChapterNumber.
CREATE TABLE chapters (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    content_id     INTEGER   NOT NULL REFERENCES contents (id) ON DELETE CASCADE,
    chapter_number TEXT      NOT NULL,
    sort_key       TEXT      NOT NULL,
    title          TEXT      NOT NULL DEFAULT '',
    release_date   DATE,
    created_at     TIMESTAMP NOT NULL,
    updated_at     TIMESTAMP NOT NULL
);

-- Title and author search: a trigram index answers substring queries of three characters or more
-- without scanning the table. It indexes the contents table in place and follows it through triggers.
CREATE VIRTUAL TABLE contents_search USING fts5(
    title, author, content = 'contents', content_rowid = 'id', tokenize = 'trigram'
);

CREATE TRIGGER contents_search_insert AFTER INSERT ON contents BEGIN
    INSERT INTO contents_search (rowid, title, author) VALUES (new.id, new.title, new.author);
END;

CREATE TRIGGER contents_search_delete AFTER DELETE ON contents BEGIN
    INSERT INTO contents_search (contents_search, rowid, title, author) VALUES ('delete', old.id, old.title, old.author);
END;

CREATE TRIGGER contents_search_update AFTER UPDATE OF title, author ON contents BEGIN
    INSERT INTO contents_search (contents_search, rowid, title, author) VALUES ('delete', old.id, old.title, old.author);
    INSERT INTO contents_search (rowid, title, author) VALUES (new.id, new.title, new.author);
END;
