-- Accounts. The *_key columns hold the case-folded form that uniqueness and look-ups use,
-- folded in Java so that SQLite and PostgreSQL agree on non-ASCII letters.
CREATE TABLE users (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    username      TEXT      NOT NULL,
    username_key  TEXT      NOT NULL,
    email         TEXT      NOT NULL,
    email_key     TEXT      NOT NULL,
    password_hash TEXT      NOT NULL,
    first_name    TEXT      NOT NULL DEFAULT '',
    last_name     TEXT      NOT NULL DEFAULT '',
    role          TEXT      NOT NULL DEFAULT 'user' CHECK (role IN ('user', 'admin')),
    active        BOOLEAN   NOT NULL DEFAULT TRUE,
    date_joined   TIMESTAMP NOT NULL,
    last_login    TIMESTAMP
);

-- One row per refresh token issued. A token is valid while revoked_at is null; rotation revokes the
-- presented token, and presenting a revoked token revokes its whole family (every token descending
-- from the same login).
CREATE TABLE refresh_tokens (
    id          TEXT      PRIMARY KEY,
    user_id     INTEGER   NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    family_id   TEXT      NOT NULL,
    issued_at   TIMESTAMP NOT NULL,
    expires_at  TIMESTAMP NOT NULL,
    revoked_at  TIMESTAMP
);
