-- Issue 20, import: the comparison key (catalog.TitleKey) of each content's title and other titles, so that an
-- imported list is matched by an index rather than by comparing every title. Written with the content by
-- ContentStore; filled for existing contents by TitleKeysMigration (V8.1), which only Java can compute.
CREATE TABLE content_title_keys (
    content_id BIGINT NOT NULL REFERENCES contents (id) ON DELETE CASCADE,
    title_key TEXT NOT NULL,
    PRIMARY KEY (content_id, title_key)
);

CREATE INDEX content_title_keys_key ON content_title_keys (title_key);
