package org.readtrack.progress;

/** An entry as a read finds it: its row and where it stands in its content's chapters. */
record StoredEntry(ProgressEntry entry, ReadingPosition position) {
}
