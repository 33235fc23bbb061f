-- Reading progress: at most one entry per user and content.
CREATE TABLE progress (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id      INTEGER   NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    content_id   INTEGER   NOT NULL REFERENCES contents (id) ON DELETE CASCADE,
    last_chapter TEXT      NOT NULL DEFAULT '',
    notes        TEXT      NOT NULL DEFAULT '',
    created_at   TIMESTAMP NOT NULL,
    updated_at   TIMESTAMP NOT NULL
);
