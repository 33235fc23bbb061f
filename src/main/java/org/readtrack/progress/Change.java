package org.readtrack.progress;

import tools.jackson.databind.node.ObjectNode;

/**
 * One change to an entry, as its history records it.
 *
 * @param changes      {@code {field: [old, new]}}, the wire names of the fields that changed
 * @param chaptersRead how far the change moved the reader forward, for statistics (an undo: 0, and the change
 *                     it reverts stops counting)
 * @param reverts      the history record an undo reverts, else null
 */
record Change(HistoryAction action, ObjectNode changes, int chaptersRead, Long reverts) {

    static Change of(HistoryAction action, ObjectNode changes, int chaptersRead) {
        return new Change(action, changes, chaptersRead, null);
    }
}
