-- Invitations to register, made by administrators. Only a SHA-256 digest of the token is kept (the token
-- is shown once, at creation); an invitation works once, until expires_at, unless revoked. With an email,
-- only that address may register with it.
CREATE TABLE invitations (
    id          INTEGER   PRIMARY KEY AUTOINCREMENT,
    token_hash  TEXT      NOT NULL,
    email       TEXT,
    created_by  INTEGER   REFERENCES users (id) ON DELETE SET NULL,
    created_at  TIMESTAMP NOT NULL,
    expires_at  TIMESTAMP NOT NULL,
    used_at     TIMESTAMP,
    used_by     INTEGER   REFERENCES users (id) ON DELETE SET NULL,
    revoked_at  TIMESTAMP
);
CREATE UNIQUE INDEX invitations_token_hash ON invitations (token_hash);

-- Password reset tokens sent by mail, by the SHA-256 digest of the token. account_fingerprint is a digest of
-- the account's password hash and email when the token was made: once either changes, the token is void.
CREATE TABLE password_reset_tokens (
    token_hash          TEXT      PRIMARY KEY,
    user_id             INTEGER   NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    account_fingerprint TEXT      NOT NULL,
    created_at          TIMESTAMP NOT NULL,
    expires_at          TIMESTAMP NOT NULL,
    used_at             TIMESTAMP
);
CREATE INDEX password_reset_tokens_user ON password_reset_tokens (user_id);
CREATE INDEX password_reset_tokens_expiry ON password_reset_tokens (expires_at);
