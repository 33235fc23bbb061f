CREATE UNIQUE INDEX categories_name_key ON categories (name_key);

-- (category, title) is unique, and also serves the most common list: one category, ordered by title.
CREATE UNIQUE INDEX contents_category_title ON contents (category_id, title);
CREATE INDEX contents_title ON contents (title, id);
CREATE INDEX contents_created_at ON contents (created_at, id);
CREATE INDEX contents_updated_at ON contents (updated_at, id);
CREATE INDEX contents_status_title ON contents (status, title, id);
CREATE INDEX contents_language_title ON contents (language, title, id);

CREATE UNIQUE INDEX chapters_content_number ON chapters (content_id, chapter_number);
CREATE INDEX chapters_natural_order ON chapters (content_id, sort_key, id);
