-- Issue 18, catalog: other titles, release weekdays and a cover per content.
-- alt_titles: one title a line ('' for none). release_days: a bit mask, mon = 1, tue = 2, wed = 4, thu = 8,
-- fri = 16, sat = 32, sun = 64 (filters test it with release_days & bit). cover: the stored image's file name.
-- Columns with a constant default are added without rewriting the table.
ALTER TABLE contents ADD COLUMN alt_titles TEXT NOT NULL DEFAULT '';
ALTER TABLE contents ADD COLUMN release_days INTEGER NOT NULL DEFAULT 0 CHECK (release_days BETWEEN 0 AND 127);
ALTER TABLE contents ADD COLUMN cover TEXT;

-- search matches the other titles as it matches the title (lower(x) LIKE '%…%'), from a trigram index
CREATE INDEX contents_alt_titles_trgm ON contents USING gin (lower(alt_titles) gin_trgm_ops);
