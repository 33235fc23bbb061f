package org.readtrack.progress;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.readtrack.database.Timestamps;
import org.readtrack.progress.HistoryStore.Recorded;
import org.readtrack.progress.ProgressStore.ChangedEntry;
import org.readtrack.progress.ProgressStore.TagUse;
import org.readtrack.shared.FieldErrors;
import org.springframework.stereotype.Component;

/**
 * A reader's tags taken together, across their entries: how many entries have each, and a tag renamed, merged
 * into another or removed on all of them at once, where the library changes a few selected entries. Two tags
 * that differ only in case are one ({@link EntryRules#tagKey}), told apart in Java alone, whatever the database's
 * collation. Each entry changed gets an {@code update} in its history, so that its undo reverts it; all of them are
 * written in one transaction, or none.
 */
@Component
class ReaderTags {

    static final String NO_SUCH_TAG = "None of your entries has this tag.";
    private static final Comparator<ReaderTag> MOST_USED_FIRST = Comparator.comparingLong(ReaderTag::entries)
            .reversed().thenComparing(ReaderTag::name, String.CASE_INSENSITIVE_ORDER);

    private final ProgressStore entries;
    private final HistoryStore history;
    private final RecordedWrites writes;
    private final FieldChanges fieldChanges;
    private final Clock clock;

    ReaderTags(ProgressStore entries, HistoryStore history, RecordedWrites writes, FieldChanges fieldChanges,
            Clock clock) {
        this.entries = entries;
        this.history = history;
        this.writes = writes;
        this.fieldChanges = fieldChanges;
        this.clock = clock;
    }

    /** Each tag once whatever its case, written as most of its entries write it; the most used first. */
    TagList list(long userId) {
        // by key, then by spelling: a tag stored before tags were composed is one spelling with its composed twin
        Map<String, Map<String, Long>> spellings = new LinkedHashMap<>();
        for (TagUse use : entries.tagUses(userId)) {
            String tag = ProgressRequest.composed(use.tag());
            spellings.computeIfAbsent(EntryRules.tagKey(tag), key -> new LinkedHashMap<>())
                    .merge(tag, use.entries(), Long::sum);
        }
        return new TagList(spellings.values().stream().map(ReaderTags::together).sorted(MOST_USED_FIRST).toList());
    }

    /** One tag from its spellings: an entry has a tag once whatever its case, so none is counted twice. */
    private static ReaderTag together(Map<String, Long> spellings) {
        List<String> mostUsedFirst = spellings.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
        long entries = spellings.values().stream().mapToLong(Long::longValue).sum();
        return new ReaderTag(mostUsedFirst.get(0), entries, mostUsedFirst);
    }

    /**
     * {@code from} renamed {@code to} on every entry that has it. An entry that also has {@code to} keeps it once,
     * where the first of the two was: renaming a tag to another merges them. Entries that write {@code to} in
     * another case only are written as the rename writes it too, so that one spelling is left.
     */
    TagChanges rename(long userId, TagRename rename) {
        return change(userId, "from", rename.from(), rename.to(), tags -> renamed(tags, rename.from(), rename.to()));
    }

    /** {@code tag} taken off every entry that has it. */
    TagChanges remove(long userId, TagRemoval removal) {
        String unwanted = EntryRules.tagKey(removal.tag());
        return change(userId, "tag", removal.tag(), null,
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
     * The tagged entries edited, those whose tags change written if none changed since they were read, else read
     * and edited again. A 400 on {@code field} when no entry has {@code tag}, as for any other reference to what
     * does not exist. {@code result}: the tag the change leaves, counted on the entries as edited; null for none.
     */
    private TagChanges change(long userId, String field, String tag, String result,
            UnaryOperator<List<String>> edit) {
        String key = EntryRules.tagKey(tag);
        return Retries.untilWritten(() -> {
            List<ProgressEntry> tagged = entries.tagged(userId);
            if (tagged.stream().noneMatch(entry -> hasTag(entry, key))) {
                throw FieldErrors.of(field, NO_SUCH_TAG);
            }
            Instant now = Timestamps.now(clock);
            List<ChangedEntry> changed = new ArrayList<>();
            List<Recorded> records = new ArrayList<>();
            long resulting = 0;
            for (ProgressEntry entry : tagged) {
                ProgressRequest before = entry.fields();
                ProgressRequest after = before.withTags(edit.apply(before.tags()));
                if (result != null && after.tags().contains(result)) {
                    resulting++;
                }
                if (!after.tags().equals(before.tags())) {
                    changed.add(new ChangedEntry(entry, after, now));
                    Change change = Change.of(HistoryAction.UPDATE, fieldChanges.between(before, after), 0);
                    records.add(new Recorded(entry.id(), userId, now, history.prepare(change)));
                }
            }
            ReaderTag left = result == null ? null : new ReaderTag(result, resulting, List.of(result));
            if (changed.isEmpty()) {
                return Optional.of(new TagChanges(List.of(), null, left));
            }
            if (!writes.updateAll(changed, records)) {
                return Optional.empty();
            }
            return Optional.of(new TagChanges(changed.stream().map(entry -> entry.stored().id()).toList(), now, left));
        }, "Your entries kept changing meanwhile; try again.");
    }

    private static boolean hasTag(ProgressEntry entry, String key) {
        return entry.fields().tags().stream().anyMatch(tag -> EntryRules.tagKey(tag).equals(key));
    }
}
