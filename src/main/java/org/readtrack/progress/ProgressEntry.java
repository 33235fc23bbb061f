package org.readtrack.progress;

import java.time.Instant;

/**
 * An entry as stored: one row of {@code progress}. {@code version} counts its changes: a change computed from
 * this entry is written only if the entry is still at this version (see {@link ProgressChanges}).
 */
record ProgressEntry(long id, long userId, ProgressRequest fields, long version, Instant createdAt,
        Instant updatedAt) {

    long contentId() {
        return fields.content();
    }

    /** The entry once {@code changed} has replaced its fields at {@code now}. */
    ProgressEntry with(ProgressRequest changed, Instant now) {
        return new ProgressEntry(id, userId, changed, version + 1, createdAt, now);
    }
}
