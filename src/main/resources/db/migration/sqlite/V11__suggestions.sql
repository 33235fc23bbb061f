-- Suggestions: a reader proposes a series the catalog lacks. The content is created at once, so that its
-- proposer can track it, but stays private until a moderator approves it: private_to is the one account that
-- sees it (with moderators while its suggestion is pending); null is the public catalog. A rejected suggestion
-- leaves its content private to the proposer for good.
ALTER TABLE contents ADD COLUMN private_to INTEGER REFERENCES users (id) ON DELETE CASCADE;

-- The hidden contents, read by every visibility check (catalog.ContentVisibility): few, found by this index.
CREATE INDEX contents_private_to ON contents (private_to) WHERE private_to IS NOT NULL;

-- Titles are unique within a category in the public catalog only: a private content must neither block nor
-- reveal itself to anyone creating a public one (approval checks again). The ordering index stays.
DROP INDEX contents_category_title;
CREATE INDEX contents_category_title ON contents (category_id, title, id);
CREATE UNIQUE INDEX contents_public_title ON contents (category_id, title) WHERE private_to IS NULL;

-- content_id: the suggested content; once merged, the content it was merged into (the suggested one is gone).
-- title: as suggested, whatever the content became.
CREATE TABLE suggestions (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    content_id   INTEGER   NOT NULL REFERENCES contents (id) ON DELETE CASCADE,
    suggested_by INTEGER   NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    title        TEXT      NOT NULL,
    status       TEXT      NOT NULL DEFAULT 'pending'
        CHECK (status IN ('pending', 'approved', 'rejected', 'merged')),
    reason       TEXT      NOT NULL DEFAULT '',
    reviewed_by  INTEGER   REFERENCES users (id) ON DELETE SET NULL,
    reviewed_at  TIMESTAMP,
    created_at   TIMESTAMP NOT NULL
);

-- a reader's own suggestions, newest first; moderators' lists by status, newest first
CREATE INDEX suggestions_user ON suggestions (suggested_by, id);
CREATE INDEX suggestions_status ON suggestions (status, id);
-- a content's suggestion (visibility, badges), and deleting a content
CREATE INDEX suggestions_content ON suggestions (content_id, status);

-- A merge is recorded in the history of the entry it keeps. SQLite cannot change a CHECK constraint in place:
-- the column is replaced, as V9 did for roles.
ALTER TABLE progress_history ADD COLUMN action_with_merge TEXT NOT NULL DEFAULT 'update'
    CHECK (action_with_merge IN ('create', 'update', 'advance', 'import', 'undo', 'merge'));
UPDATE progress_history SET action_with_merge = action;
ALTER TABLE progress_history DROP COLUMN action;
ALTER TABLE progress_history RENAME COLUMN action_with_merge TO action;
