package org.readtrack.progress;

import java.util.List;

/** The caller's tags, the most used first. */
record TagList(List<ReaderTag> tags) {
}
