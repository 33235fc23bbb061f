-- an entry's history, newest first; the latest change not undone yet
CREATE INDEX progress_history_entry ON progress_history (progress_id, id);
-- a user's reading statistics (chapters read, in all and by day) and whether the user was active lately,
-- answered from the index alone: a user's history is spread over the whole table
CREATE INDEX progress_history_user_at ON progress_history (user_id, at, undone, chapters_read);
-- the site's activity by day (admin statistics)
CREATE INDEX progress_history_at ON progress_history (at);
-- a user's list by status (the library's main view), most recently updated first
CREATE INDEX progress_user_status_recent ON progress (user_id, status, updated_at, id);
