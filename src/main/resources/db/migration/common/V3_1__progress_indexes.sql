CREATE UNIQUE INDEX progress_user_content ON progress (user_id, content_id);
-- a user's list, most recently updated first
CREATE INDEX progress_user_recent ON progress (user_id, updated_at, id);
-- deleting a content removes everyone's progress on it
CREATE INDEX progress_content ON progress (content_id);
