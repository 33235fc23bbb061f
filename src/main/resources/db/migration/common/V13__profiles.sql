-- Profiles (DESIGN.md B4): what an account shows of itself and how the web app is set up for its owner.
-- bio: plain text, at most 500 characters. avatar: a stored image's name (see Images), null without one.
-- preference_language and preference_time_zone: null means "whatever the owner's device says", which is
-- what a new account follows until its owner chooses. preference_theme: 'system' follows the device too.
-- The allowed values are the application's to check: a language or a theme added later needs no change of
-- a constraint here (SQLite cannot change one in place).
ALTER TABLE users ADD COLUMN bio TEXT NOT NULL DEFAULT '';
ALTER TABLE users ADD COLUMN avatar TEXT;
ALTER TABLE users ADD COLUMN preference_language TEXT;
ALTER TABLE users ADD COLUMN preference_theme TEXT NOT NULL DEFAULT 'system';
ALTER TABLE users ADD COLUMN preference_time_zone TEXT;
ALTER TABLE users ADD COLUMN profile_public BOOLEAN NOT NULL DEFAULT FALSE;

-- A private entry is left out of its owner's public profile (its list and its statistics).
ALTER TABLE progress ADD COLUMN private BOOLEAN NOT NULL DEFAULT FALSE;
