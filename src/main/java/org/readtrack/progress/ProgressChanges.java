package org.readtrack.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.readtrack.catalog.ChapterPositions;
import org.readtrack.catalog.ChapterSummary;
import org.readtrack.catalog.ContentCatalog;
import org.readtrack.catalog.ContentResponse;
import org.readtrack.catalog.ContentStatus;
import org.readtrack.database.Timestamps;
import org.readtrack.shared.CallerZone;
import org.readtrack.shared.ConflictException;
import org.readtrack.shared.ControlCharacters;
import org.readtrack.shared.FieldErrors;
import org.readtrack.shared.Messages;
import org.readtrack.shared.NotFoundException;
import org.readtrack.shared.Patches;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every change to a user's entries, and the rules it follows. A change is computed from the entry as read
 * (outside any transaction: on SQLite, from the reader pool, so that the single writer is held only for the
 * write), then written with its history record if the entry is still at the version it was read at; if
 * another change came first, it is read and computed again. Concurrent changes thus never undo each other,
 * and two simultaneous advances advance twice. The results are stored entries without their content or
 * position: {@link ReadingProgress} reads those once the change is written.
 */
@Component
class ProgressChanges {

    static final String ALREADY_TRACKED = "You already track this content.";
    private static final String NOTHING_TO_UNDO = "Nothing left to undo.";
    private static final String MERGED =
            "This series was merged into another since: the changes made before cannot be undone.";
    private static final String CONTENT_GONE =
            "The latest change moved this entry from a content that no longer exists: it cannot be undone.";
    private static final Pattern NUMBER = Pattern.compile("\\d{1,19}(\\.\\d+)?");

    private final ProgressStore entries;
    private final HistoryStore history;
    private final RecordedWrites writes;
    private final EntryRules rules;
    private final FieldChanges fieldChanges;
    private final ContentCatalog catalog;
    private final ChapterPositions chapters;
    private final Clock clock;

    ProgressChanges(ProgressStore entries, HistoryStore history, RecordedWrites writes, EntryRules rules,
            FieldChanges fieldChanges, ContentCatalog catalog, ChapterPositions chapters, Clock clock) {
        this.entries = entries;
        this.history = history;
        this.writes = writes;
        this.rules = rules;
        this.fieldChanges = fieldChanges;
        this.catalog = catalog;
        this.chapters = chapters;
        this.clock = clock;
    }

    /**
     * The content's existence, then the insert with its history record, which also tells whether the user
     * already tracks the content: the unique (user, content) index settles a race between two of them.
     */
    ProgressEntry create(long userId, ProgressRequest request, CallerZone zone) {
        ProgressRequest fields = rules.withAutomaticDates(null, rules.validate(request), zone.today(clock));
        checkContent(userId, fields.content());
        return writes.create(userId, fields, now(), creation(fields))
                .orElseThrow(() -> alreadyTracked(userId, fields.content()));
    }

    /**
     * A PUT: a patch that must name the content. A field left out keeps its stored value, as in the API this one
     * is compatible with (a serializer's update sets only the fields it was given): a client that knows only
     * the last chapter and the notes must not wipe the status, score, tags or privacy a newer one set.
     */
    ProgressEntry replace(long userId, long id, ProgressPatch body, CallerZone zone) {
        FieldErrors missing = new FieldErrors();
        Patches.requireGiven(missing, "content", body.content());
        missing.throwIfAny();
        return patch(userId, id, body, zone);
    }

    /**
     * The patch laid over the stored entry, validated as a whole like a POST, then saved like a PUT. Someone
     * else's entry is not found, whatever the body says, before anything is validated.
     */
    ProgressEntry patch(long userId, long id, ProgressPatch patch, CallerZone zone) {
        return retrying(() -> {
            ProgressEntry stored = find(userId, id);
            ProgressRequest changed = rules.validate(patch.applyTo(stored.fields()));
            if (patch.status() == null) {
                changed = statusFollowingProgress(stored.fields(), changed);
            }
            return save(stored, rules.withAutomaticDates(stored.fields(), changed, zone.today(clock), patch),
                    HistoryAction.UPDATE);
        });
    }

    /**
     * Creates or updates the user's entry for a content. Whoever loses a race to create it updates the entry
     * that won, so concurrent calls leave exactly one entry.
     */
    Upserted<ProgressEntry> upsert(long userId, long contentId, ProgressPatch update, CallerZone zone) {
        return retrying(() -> {
            Optional<ProgressEntry> stored = entries.entryByContent(userId, contentId);
            if (stored.isPresent()) {
                ProgressEntry entry = stored.get();
                ProgressRequest changed = rules.validate(update.applyTo(entry.fields()));
                if (update.status() == null) {
                    changed = statusFollowingProgress(entry.fields(), changed);
                }
                return save(entry, rules.withAutomaticDates(entry.fields(), changed, zone.today(clock), update),
                        HistoryAction.UPDATE)
                        .map(saved -> new Upserted<>(saved, false));
            }
            ProgressRequest fields = rules.withAutomaticDates(null,
                    rules.validate(update.applyTo(ProgressRequest.tracking(contentId))), zone.today(clock));
            if (!catalog.trackable(contentId, userId)) {
                throw new NotFoundException("No content with this id.");
            }
            return writes.create(userId, fields, now(), creation(fields)).map(created -> new Upserted<>(created, true));
        });
    }

    /**
     * One chapter further: the content's next catalog chapter, else the number after a numeric last chapter
     * ({@code 12} → {@code 13}, {@code 12.5} → {@code 13}). A planned entry becomes one being read; reaching the
     * last chapter of a completed content completes the entry. Nothing to validate: a catalog chapter number, or a
     * number of at most 20 digits.
     * With {@code from}, only from that last chapter ("" for none): a tap queued offline and sent later must not
     * skip a chapter when the entry moved on elsewhere meanwhile. The entry is read with where it stands, its
     * next chapter and the content's last, in one statement. With {@code to}, up to that chapter instead
     * ({@link #advanceTo}).
     */
    ProgressEntry advance(long userId, long id, Optional<String> from, Optional<String> to, CallerZone zone) {
        Optional<String> target = to.map(ProgressChanges::chapterToAdvanceTo);
        return retrying(() -> {
            StoredEntry found = entries.find(userId, id).orElseThrow(NotFoundException::new);
            ProgressEntry stored = found.entry();
            ProgressRequest fields = stored.fields();
            String current = Objects.requireNonNullElse(fields.lastChapter(), "");
            if (from.isPresent() && !from.get().equals(current)) {
                throw new ConflictException("The entry changed meanwhile: its last chapter is \"" + current
                        + "\", not \"" + from.get() + "\".").with("last_chapter", current);
            }
            if (target.isPresent()) {
                return advanceTo(stored, target.get(), zone);
            }
            ChapterSummary next = found.position().nextChapter();
            String chapter = Optional.ofNullable(next).map(ChapterSummary::chapterNumber)
                    .or(() -> numberAfter(fields.lastChapter()))
                    .orElseThrow(() -> new ConflictException("There is no chapter after \""
                            + fields.lastChapter() + "\" to advance to."));
            ProgressRequest advanced = fields.withLastChapter(chapter);
            if (fields.status() == ReadingStatus.PLAN_TO_READ) {
                // a chapter read is a series started: it leaves the "plan to read" list for "reading"
                advanced = advanced.withStatus(ReadingStatus.READING);
            }
            if (next != null && isLast(next, found.position().latestChapter()) && contentCompleted(fields.content())) {
                advanced = advanced.withStatus(ReadingStatus.COMPLETED);
            }
            ProgressRequest changed = rules.withAutomaticDates(fields, advanced, zone.today(clock));
            // one chapter further, by definition: no need to count them
            return write(stored, changed, Change.of(HistoryAction.ADVANCE, fieldChanges.between(fields, changed), 1));
        });
    }

    /** A chapter asked for by {@code to}, as a last chapter is written: a number as typed ("Ch. 12"), 1 to 50 characters. */
    private static String chapterToAdvanceTo(String to) {
        String chapter = TypedChapter.canonical(to);
        if (chapter.isEmpty()) {
            throw FieldErrors.of("to", "This field may not be blank.");
        }
        if (chapter.codePointCount(0, chapter.length()) > 50) {
            throw FieldErrors.of("to", Messages.MAX_50);
        }
        // refused in a body's text too (the JSON reader does it there): a query parameter is stored here as well
        if (ControlCharacters.anyIn(chapter)) {
            throw FieldErrors.of("to", ControlCharacters.MESSAGE);
        }
        return chapter;
    }

    /**
     * Chapters read up to {@code chapter}, which must come after the entry's last one: each chapter passed counts as
     * read, from the first one too. A change of the last chapter by an edit does not count the chapter an entry
     * starts at (the reader who adds a series at chapter 1,125 did not read 1,125 chapters today); marking chapters
     * read, from a chapter list, is reading them.
     */
    private Optional<ProgressEntry> advanceTo(ProgressEntry stored, String chapter, CallerZone zone) {
        ProgressRequest fields = stored.fields();
        ProgressRequest advanced = fields.withLastChapter(chapter);
        if (ChapterPositions.positionOf(chapter).compareTo(ChapterPositions.positionOf(fields.lastChapter())) <= 0) {
            throw new ConflictException("Chapter \"" + chapter + "\" does not come after \"" + fields.lastChapter()
                    + "\".").with("last_chapter", fields.lastChapter());
        }
        ProgressRequest changed = rules.withAutomaticDates(fields, statusFollowingProgress(fields, advanced),
                zone.today(clock));
        return write(stored, changed, Change.of(HistoryAction.ADVANCE, fieldChanges.between(fields, changed),
                chaptersPassed(fields.lastChapter(), changed)));
    }

    /**
     * For a change that moves the last chapter forward and says nothing of the status, the status a tracker gives it,
     * as {@link #advance} does: a planned entry becomes one being read, and reaching (or passing) the last chapter
     * of a completed content completes it. Marking chapters read from a chapter list or typing where one stands
     * must not leave the series under "plan to read", or unfinished once its end is read.
     */
    private ProgressRequest statusFollowingProgress(ProgressRequest before, ProgressRequest after) {
        String to = ChapterPositions.positionOf(after.lastChapter());
        if (before.content().longValue() != after.content() || to.isEmpty()
                || to.compareTo(ChapterPositions.positionOf(before.lastChapter())) <= 0) {
            return after;
        }
        ProgressRequest moved = after.status() == ReadingStatus.PLAN_TO_READ
                ? after.withStatus(ReadingStatus.READING) : after;
        if (after.status() != ReadingStatus.COMPLETED && contentCompleted(after.content())
                && chapters.lastPosition(after.content()).filter(last -> to.compareTo(last) >= 0).isPresent()) {
            moved = moved.withStatus(ReadingStatus.COMPLETED);
        }
        return moved;
    }

    /** Whether no chapter follows {@code chapter}: it sorts where the content's last one does. */
    private static boolean isLast(ChapterSummary chapter, ChapterSummary latest) {
        return ChapterPositions.positionOf(chapter.chapterNumber())
                .equals(ChapterPositions.positionOf(latest.chapterNumber()));
    }

    /**
     * Reverts the entry's latest change that is not reverted yet, and records that as an {@code undo}; the
     * creation is never undone, nor a merge (undo stops there: see {@link HistoryAction#revertible}). The reverted values were valid once and are restored as they were: no
     * validation, no automatic dates.
     */
    ProgressEntry undo(long userId, long id) {
        return retrying(() -> {
            ProgressEntry stored = find(userId, id);
            HistoryRecord last = history.latestUndoable(stored.id())
                    .orElseThrow(() -> new ConflictException(NOTHING_TO_UNDO));
            if (!last.action().revertible()) {
                throw new ConflictException(last.action() == HistoryAction.MERGE ? MERGED : NOTHING_TO_UNDO);
            }
            ProgressRequest reverted = fieldChanges.revert(stored.fields(), last.changes());
            if (reverted.content() != stored.contentId() && !catalog.trackable(reverted.content(), userId)) {
                // the entry was moved from a content deleted since (or no longer the reader's to see)
                throw new ConflictException(CONTENT_GONE);
            }
            // the reverted record stops counting in statistics (undone); the undo itself reads nothing
            Change change = new Change(HistoryAction.UNDO, fieldChanges.between(stored.fields(), reverted), 0,
                    last.id());
            return write(stored, reverted, change);
        });
    }

    void delete(long userId, long id) {
        if (!entries.delete(userId, id)) {
            throw new NotFoundException();
        }
    }

    void deleteForContent(long userId, long contentId) {
        if (!entries.deleteByContent(userId, contentId)) {
            throw new NotFoundException();
        }
    }

    private ProgressEntry find(long userId, long id) {
        return entries.entry(userId, id).orElseThrow(NotFoundException::new);
    }

    /**
     * A change to a stored entry. One that changes no field only marks the entry updated, as the original API
     * did, and the history records nothing. An entry moved to another content needs that content to exist and
     * not to be tracked by the user already.
     */
    private Optional<ProgressEntry> save(ProgressEntry stored, ProgressRequest changed, HistoryAction action) {
        ObjectNode changes = fieldChanges.between(stored.fields(), changed);
        if (changes.isEmpty()) {
            return writes.update(stored, changed, now(), null);
        }
        return write(stored, changed, new Change(action, changes, chaptersRead(stored.fields(), changed), null));
    }

    private Optional<ProgressEntry> write(ProgressEntry stored, ProgressRequest changed, Change change) {
        if (stored.contentId() != changed.content()) {
            checkContent(stored.userId(), changed.content());
            Optional<Long> existing = entries.idByContent(stored.userId(), changed.content());
            if (existing.isPresent()) {
                throw alreadyTracked(existing.get());
            }
        }
        return writes.update(stored, changed, now(), change);
    }

    private Change creation(ProgressRequest fields) {
        return Change.of(HistoryAction.CREATE, fieldChanges.between(null, fields), chaptersRead(null, fields));
    }

    /**
     * The most chapters one change counts by the difference of two numbers: catalog chapters passed are real and
     * counted all, but a typed number is not checked against anything, and one slip ("12000" for "120", or
     * "2147483647") would otherwise put billions of chapters in a year of statistics, where undoing the slip
     * alone takes them out (correcting it by another edit does not).
     */
    static final int MOST_CHAPTERS_BY_NUMBER = 1_000;

    /**
     * How many chapters a change moved the reader forward on the same content: the catalog chapters passed,
     * or, where the catalog has none between them, the difference of two chapter numbers, up to
     * {@link #MOST_CHAPTERS_BY_NUMBER}; none for the chapter an entry starts at, but the first.
     */
    private int chaptersRead(ProgressRequest before, ProgressRequest after) {
        String from = before == null ? "" : before.lastChapter();
        if (before != null && before.content().longValue() != after.content()) {
            return 0;
        }
        int read = chaptersPassed(from, after);
        // the first chapter an entry gets is where the reader stood when they added the series (1,125 chapters of
        // One Piece were not read this week), as an import's are; unless it is the first chapter, read here
        return from.isEmpty() && read > 1 ? 0 : read;
    }

    private int chaptersPassed(String from, ProgressRequest after) {
        String fromPosition = ChapterPositions.positionOf(from);
        String toPosition = ChapterPositions.positionOf(after.lastChapter());
        if (toPosition.compareTo(fromPosition) <= 0) {
            return 0;
        }
        int passed = chapters.countBetween(after.content(), fromPosition, toPosition);
        if (passed > 0 || !NUMBER.matcher(after.lastChapter()).matches()) {
            return passed;
        }
        BigDecimal start = from.isEmpty() ? BigDecimal.ZERO : NUMBER.matcher(from).matches() ? new BigDecimal(from) : null;
        if (start == null) {
            return 0;
        }
        BigDecimal difference = new BigDecimal(after.lastChapter()).setScale(0, RoundingMode.FLOOR)
                .subtract(start.setScale(0, RoundingMode.FLOOR));
        return difference.min(BigDecimal.valueOf(MOST_CHAPTERS_BY_NUMBER)).max(BigDecimal.ZERO).intValue();
    }

    private static Optional<String> numberAfter(String chapter) {
        if (!NUMBER.matcher(chapter).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(chapter).setScale(0, RoundingMode.FLOOR).add(BigDecimal.ONE).toPlainString());
    }

    private boolean contentCompleted(long contentId) {
        ContentResponse content = catalog.describe(List.of(contentId)).get(contentId);
        return content != null && content.status() == ContentStatus.COMPLETED;
    }

    private static <T> T retrying(Supplier<Optional<T>> attempt) {
        return Retries.untilWritten(attempt, "The entry kept changing meanwhile; try again.");
    }

    private Instant now() {
        return Timestamps.now(clock);
    }

    /** A content the user may track: one of the public catalog, or the user's own suggestion. */
    private void checkContent(long userId, long contentId) {
        if (!catalog.trackable(contentId, userId)) {
            throw FieldErrors.unknownReference("content", contentId);
        }
    }

    private ConflictException alreadyTracked(long userId, long contentId) {
        return entries.idByContent(userId, contentId).map(ProgressChanges::alreadyTracked)
                // deleted again since the insert found it
                .orElseGet(() -> new ConflictException(ALREADY_TRACKED));
    }

    private static ConflictException alreadyTracked(long existingId) {
        return ConflictException.onField("content", ALREADY_TRACKED).with("existing_id", existingId);
    }
}
