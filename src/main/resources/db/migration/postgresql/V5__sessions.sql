-- Access tokens issued (iat) before tokens_valid_after are refused: a password change, a logout from
-- everywhere or a deactivation sets it. Null: nothing revoked yet.
ALTER TABLE users ADD COLUMN tokens_valid_after TIMESTAMPTZ;

-- When the login that a refresh token descends from happened: rotation carries it along, and a session
-- older than READTRACK_SESSION_MAX_AGE cannot be refreshed any more. Tokens issued before this column
-- existed get their family's earliest issue time.
ALTER TABLE refresh_tokens ADD COLUMN session_started_at TIMESTAMPTZ;
UPDATE refresh_tokens SET session_started_at =
    (SELECT min(family.issued_at) FROM refresh_tokens family WHERE family.family_id = refresh_tokens.family_id);
ALTER TABLE refresh_tokens ALTER COLUMN session_started_at SET NOT NULL;
