package org.readtrack.progress;

import java.util.Comparator;
import java.util.Optional;

import org.readtrack.catalog.ChapterPositions;
import org.readtrack.catalog.ContentMerged;
import org.readtrack.shared.ConflictException;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/**
 * Readers' entries on a suggested content that a moderator merges into a public one move there, in the merge's
 * transaction. A reader who tracked both keeps the more advanced entry, whole (its fields and its history), and
 * loses the other; the kept entry's history records a {@code merge} whose {@code content} change says where the
 * reading came from. A merge is where undo stops ({@link HistoryAction#revertible}): the content before it is
 * gone.
 */
@Component
class MergedEntries {

    /**
     * The more advanced of two entries of one reader: the one further in its chapters (natural chapter order),
     * else the one changed last.
     */
    static final Comparator<ProgressEntry> ADVANCEMENT = Comparator
            .comparing((ProgressEntry entry) -> ChapterPositions.positionOf(entry.fields().lastChapter()))
            .thenComparing(ProgressEntry::updatedAt);

    private final ProgressStore entries;
    private final RecordedWrites writes;
    private final HistoryStore history;
    private final FieldChanges fieldChanges;

    MergedEntries(ProgressStore entries, RecordedWrites writes, HistoryStore history, FieldChanges fieldChanges) {
        this.entries = entries;
        this.writes = writes;
        this.history = history;
        this.fieldChanges = fieldChanges;
    }

    @EventListener
    void move(ContentMerged merged) {
        for (ProgressEntry moving : entries.allOnContent(merged.from())) {
            Optional<ProgressEntry> staying = entries.entryByContent(moving.userId(), merged.into());
            // on a tie the entry of the public content stays, as it is
            if (staying.isPresent() && ADVANCEMENT.compare(moving, staying.get()) <= 0) {
                entries.delete(moving.userId(), moving.id());
                ProgressEntry kept = staying.get();
                ProgressRequest origin = kept.fields().withContent(merged.from());
                history.record(kept.id(), kept.userId(), merged.at(),
                        Change.of(HistoryAction.MERGE, fieldChanges.between(origin, kept.fields()), 0));
                continue;
            }
            staying.ifPresent(less -> entries.delete(less.userId(), less.id()));
            ProgressRequest moved = moving.fields().withContent(merged.into());
            ObjectNode changes = fieldChanges.between(moving.fields(), moved);
            writes.update(moving, moved, merged.at(), Change.of(HistoryAction.MERGE, changes, 0))
                    .orElseThrow(() -> new ConflictException("A reader's entry changed during the merge; try again."));
        }
    }
}
