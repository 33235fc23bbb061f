-- Moderators write the catalog and review suggestions besides reading like users.
-- SQLite cannot change a CHECK constraint in place, and rebuilding the table would cascade deletes through the
-- foreign keys that point at it: the column is replaced instead (a column's own CHECK goes with it).
ALTER TABLE users ADD COLUMN role_with_moderator TEXT NOT NULL DEFAULT 'user'
    CHECK (role_with_moderator IN ('user', 'moderator', 'admin'));
UPDATE users SET role_with_moderator = role;
ALTER TABLE users DROP COLUMN role;
ALTER TABLE users RENAME COLUMN role_with_moderator TO role;
