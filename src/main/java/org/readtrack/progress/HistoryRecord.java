package org.readtrack.progress;

import java.time.Instant;

import tools.jackson.databind.node.ObjectNode;

/** One row of {@code progress_history}. */
record HistoryRecord(long id, Instant at, HistoryAction action, ObjectNode changes, int chaptersRead,
        boolean undone) {
}
