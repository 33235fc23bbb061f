package org.readtrack.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.readtrack.catalog.ChapterPositions;
import org.readtrack.catalog.ContentMerged;
import org.readtrack.shared.ConflictException;
import org.readtrack.shared.Messages;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/**
 * Readers' entries on a suggested content that a moderator merges into a public one move there, in the merge's
 * transaction. A reader who tracked both keeps the more advanced entry (its fields and its history), with what
 * only the other held added to it (notes, tags, a score, an address, an earlier start: see {@link #filledFrom}),
 * and loses the other; the kept entry's history records a {@code merge} whose changes say where the reading came
 * from and what it gained. A merge is where undo stops ({@link HistoryAction#revertible}): the content before it
 * is gone.
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
                ProgressRequest filled = filledFrom(kept.fields(), moving.fields());
                // the history says where the reading came from, as if the kept entry had moved too
                ObjectNode changes = fieldChanges.between(kept.fields().withContent(merged.from()), filled);
                if (filled.equals(kept.fields())) {
                    history.record(kept.id(), kept.userId(), merged.at(), Change.of(HistoryAction.MERGE, changes, 0));
                } else {
                    update(kept, filled, merged, changes);
                }
                continue;
            }
            staying.ifPresent(less -> entries.delete(less.userId(), less.id()));
            ProgressRequest moved = moving.fields().withContent(merged.into());
            if (staying.isPresent()) {
                moved = filledFrom(moved, staying.get().fields());
            }
            update(moving, moved, merged, fieldChanges.between(moving.fields(), moved));
        }
    }

    private void update(ProgressEntry stored, ProgressRequest fields, ContentMerged merged, ObjectNode changes) {
        writes.update(stored, fields, merged.at(), Change.of(HistoryAction.MERGE, changes, 0))
                .orElseThrow(() -> new ConflictException("A reader's entry changed during the merge; try again."));
    }

    /**
     * The kept entry with what only the lost one held: its notes after the kept ones (when they fit), its tags
     * (as many as fit), its score, reading address and favourite mark where the kept entry has none, the earlier
     * start, the larger re-read count. Where both hold a value, the kept entry's stays.
     */
    static ProgressRequest filledFrom(ProgressRequest kept, ProgressRequest lost) {
        String notes = kept.notes();
        if (!lost.notes().isEmpty() && !notes.contains(lost.notes())) {
            String joined = notes.isEmpty() ? lost.notes() : notes + "\n\n" + lost.notes();
            notes = joined.codePointCount(0, joined.length()) <= Messages.TEXT_LIMIT ? joined : notes;
        }
        List<String> tags = new ArrayList<>(kept.tags());
        for (String tag : lost.tags()) {
            if (tags.size() < EntryRules.MAX_TAGS && tags.stream().noneMatch(tag::equalsIgnoreCase)) {
                tags.add(tag);
            }
        }
        LocalDate started = kept.startedOn() == null || lost.startedOn() != null
                && lost.startedOn().isBefore(kept.startedOn()) ? lost.startedOn() : kept.startedOn();
        if (started != null && kept.finishedOn() != null && started.isAfter(kept.finishedOn())) {
            started = kept.startedOn(); // never a start after the kept entry's finish
        }
        return new ProgressRequest(kept.content(), kept.lastChapter(), notes, kept.status(),
                kept.score() != null ? kept.score() : lost.score(), started, kept.finishedOn(), kept.rereading(),
                Math.max(kept.rereadCount(), lost.rereadCount()), kept.favorite() || lost.favorite(),
                kept.readingUrl().isEmpty() ? lost.readingUrl() : kept.readingUrl(), List.copyOf(tags),
                kept.isPrivate());
    }
}
