-- Personal API tokens: a user's long-lived bearer tokens for scripts and other clients. Only the SHA-256
-- of the secret is kept (token_hash, hex), and a request's token is found by it. Revoking deletes the row.
-- last_used_at is written at most once a minute per token, not on every request.
CREATE TABLE personal_tokens (
    id           INTEGER   PRIMARY KEY AUTOINCREMENT,
    user_id      INTEGER   NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name         TEXT      NOT NULL,
    scope        TEXT      NOT NULL CHECK (scope IN ('read', 'write')),
    token_hash   TEXT      NOT NULL,
    created_at   TIMESTAMP NOT NULL,
    expires_at   TIMESTAMP,
    last_used_at TIMESTAMP
);
CREATE UNIQUE INDEX personal_tokens_hash ON personal_tokens (token_hash);
CREATE INDEX personal_tokens_user ON personal_tokens (user_id);
