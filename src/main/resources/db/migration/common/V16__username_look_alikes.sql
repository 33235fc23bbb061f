-- The skeleton of each username (UTS #39, UsernameLookAlikes): names that look alike have the same one, so that a
-- new name written in another alphabet to pass for an existing one is found by this index. The application writes
-- it with the account; V16.1 (UsernameSkeletonMigration) computes it for existing ones.
ALTER TABLE users ADD COLUMN username_skeleton TEXT NOT NULL DEFAULT '';

CREATE INDEX users_username_skeleton ON users (username_skeleton);
