package org.readtrack.progress;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.readtrack.database.GroupedWrites;
import org.readtrack.database.Timestamps;
import org.readtrack.progress.HistoryStore.Recorded;
import org.readtrack.progress.ProgressStore.ChangedEntry;
import org.readtrack.progress.ProgressStore.TagUse;
import org.readtrack.shared.ConflictException;
import org.readtrack.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * A reader's tags taken together, across their entries: how many entries have each, and a tag renamed, merged
 * into another or removed on all of them at once, where the library changes a few selected entries. Two tags
 * that differ only in case are one ({@link EntryRules#tagKey}). Each entry changed gets an {@code update} in its
 * history, so that its undo reverts it; all of them are written in one transaction, or none.
 */
@Component
class ReaderTags {

    static final String NO_SUCH_TAG = "None of your entries has this tag.";
    /** As for a change to one entry: a bound, so that a request always ends. */
    private static final int ATTEMPTS = 20;
    private static final Comparator<ReaderTag> MOST_USED_FIRST = Comparator.comparingLong(ReaderTag::entries)
            .reversed().thenComparing(ReaderTag::name, String.CASE_INSENSITIVE_ORDER);

    private final ProgressStore entries;
    private final HistoryStore history;
    private final FieldChanges fieldChanges;
    private final GroupedWrites transactions;
    private final Clock clock;

    ReaderTags(ProgressStore entries, HistoryStore history, FieldChanges fieldChanges, GroupedWrites transactions,
            Clock clock) {
        this.entries = entries;
        this.history = history;
        this.fieldChanges = fieldChanges;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Each tag once whatever its case, written as most of its entries write it; the most used first. */
    TagList list(long userId) {
        Map<String, List<TagUse>> spellings = new LinkedHashMap<>();
        for (TagUse use : entries.tagUses(userId)) {
            spellings.computeIfAbsent(EntryRules.tagKey(use.tag()), key -> new ArrayList<>()).add(use);
        }
        return new TagList(spellings.values().stream().map(ReaderTags::together).sorted(MOST_USED_FIRST).toList());
    }

    /** One tag from its spellings: an entry has a tag once whatever its case, so none is counted twice. */
    private static ReaderTag together(List<TagUse> spellings) {
        List<String> mostUsedFirst = spellings.stream()
                .sorted(Comparator.comparingLong(TagUse::entries).reversed().thenComparing(TagUse::tag))
                .map(TagUse::tag).toList();
        long entries = spellings.stream().mapToLong(TagUse::entries).sum();
        return new ReaderTag(mostUsedFirst.get(0), entries, mostUsedFirst);
    }

    /**
     * {@code from} renamed {@code to} on every entry that has it. An entry that also has {@code to} keeps it once,
     * where the first of the two was: renaming a tag to another merges them. Entries that write {@code to} in
     * another case only are written as the rename writes it too, so that one spelling is left.
     */
    TagChanges rename(long userId, TagRename rename) {
        return change(userId, rename.from(), List.of(rename.from(), rename.to()),
                tags -> renamed(tags, rename.from(), rename.to()));
    }

    /** {@code tag} taken off every entry that has it. */
    TagChanges remove(long userId, TagRemoval removal) {
        String unwanted = EntryRules.tagKey(removal.tag());
        return change(userId, removal.tag(), List.of(removal.tag()),
                tags -> tags.stream().filter(tag -> !EntryRules.tagKey(tag).equals(unwanted)).toList());
    }

    static List<String> renamed(List<String> tags, String from, String to) {
        String fromKey = EntryRules.tagKey(from);
        String toKey = EntryRules.tagKey(to);
        List<String> renamed = new ArrayList<>();
        boolean written = false;
        for (String tag : tags) {
            String key = EntryRules.tagKey(tag);
            if (!key.equals(fromKey) && !key.equals(toKey)) {
                renamed.add(tag);
            } else if (!written) {
                renamed.add(to);
                written = true;
            }
        }
        return renamed;
    }

    /**
     * The entries with any of the {@code touched} tags, their tags edited, written if none changed since they were
     * read; else read and edited again. 404 when no entry has {@code tag}.
     */
    private TagChanges change(long userId, String tag, List<String> touched, UnaryOperator<List<String>> edit) {
        String key = EntryRules.tagKey(tag);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            List<ProgressEntry> found = entries.withAnyTag(userId, touched);
            if (found.stream().noneMatch(entry -> hasTag(entry, key))) {
                throw new NotFoundException(NO_SUCH_TAG);
            }
            Instant now = Timestamps.now(clock);
            List<ChangedEntry> changed = new ArrayList<>();
            List<Recorded> records = new ArrayList<>();
            for (ProgressEntry entry : found) {
                ProgressRequest before = entry.fields();
                ProgressRequest after = before.withTags(edit.apply(before.tags()));
                if (!after.tags().equals(before.tags())) {
                    changed.add(new ChangedEntry(entry, after, now));
                    Change change = Change.of(HistoryAction.UPDATE, fieldChanges.between(before, after), 0);
                    records.add(new Recorded(entry.id(), userId, now, history.prepare(change)));
                }
            }
            if (changed.isEmpty()) {
                return new TagChanges(List.of(), null);
            }
            if (write(changed, records)) {
                return new TagChanges(changed.stream().map(entry -> entry.stored().id()).toList(), now);
            }
        }
        throw new ConflictException("Your entries kept changing meanwhile; try again.");
    }

    /** False, and nothing written, if one of the entries changed since it was read. */
    private boolean write(List<ChangedEntry> changed, List<Recorded> records) {
        try {
            return transactions.inTransaction(() -> {
                if (!entries.updateAll(changed)) {
                    throw new RecordedWrites.StaleEntryException();
                }
                history.recordAll(records);
                return true;
            });
        } catch (RecordedWrites.StaleEntryException e) {
            return false;
        }
    }

    private static boolean hasTag(ProgressEntry entry, String key) {
        return entry.fields().tags().stream().anyMatch(tag -> EntryRules.tagKey(tag).equals(key));
    }
}
