-- What a tracker records about an entry (DESIGN.md B1). Existing entries become 'reading'.
-- last_chapter_key is ChapterNumber.sortKey(last_chapter), '' when no chapter is read: chapters whose
-- sort_key is greater are unread (V6_2 fills it for existing entries). version counts the entry's
-- changes, so that a change computed from a read can tell whether the entry moved meanwhile.
-- tags: a JSON array of strings. score: a number from 0 to 10 with at most one decimal.
ALTER TABLE progress ADD COLUMN status TEXT NOT NULL DEFAULT 'reading'
    CHECK (status IN ('reading', 'completed', 'on_hold', 'dropped', 'plan_to_read'));
ALTER TABLE progress ADD COLUMN score NUMERIC CHECK (score BETWEEN 0 AND 10);
ALTER TABLE progress ADD COLUMN started_on DATE;
ALTER TABLE progress ADD COLUMN finished_on DATE;
ALTER TABLE progress ADD COLUMN rereading BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE progress ADD COLUMN reread_count INTEGER NOT NULL DEFAULT 0 CHECK (reread_count >= 0);
ALTER TABLE progress ADD COLUMN favorite BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE progress ADD COLUMN reading_url TEXT NOT NULL DEFAULT '';
ALTER TABLE progress ADD COLUMN tags TEXT NOT NULL DEFAULT '[]';
ALTER TABLE progress ADD COLUMN last_chapter_key TEXT NOT NULL DEFAULT '';
ALTER TABLE progress ADD COLUMN version INTEGER NOT NULL DEFAULT 0;

-- Every change to an entry: changes is a JSON object {field: [old, new]}. chapters_read is how many
-- chapters the change moved the reader forward (statistics); undone marks a change an undo has reverted.
CREATE TABLE progress_history (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    progress_id   INTEGER   NOT NULL REFERENCES progress (id) ON DELETE CASCADE,
    user_id       INTEGER   NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    at            TIMESTAMP NOT NULL,
    action        TEXT      NOT NULL CHECK (action IN ('create', 'update', 'advance', 'import', 'undo')),
    changes       TEXT      NOT NULL,
    chapters_read INTEGER   NOT NULL DEFAULT 0,
    undone        BOOLEAN   NOT NULL DEFAULT FALSE
);
