package org.readtrack.progress;

import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.readtrack.catalog.ChapterPositions;
import org.readtrack.catalog.CloseTitles;
import org.readtrack.catalog.ContentCatalog;
import org.readtrack.catalog.NewContent;
import org.readtrack.catalog.TitleKey;
import org.readtrack.catalog.TitleMatch;
import org.readtrack.database.Timestamps;
import org.readtrack.progress.ImportResult.Outcome;
import org.readtrack.shared.ConflictException;
import org.readtrack.shared.InvalidInputException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * How each imported row becomes a change to the reader's list: its content found among the title matches
 * (narrowed by the row's category) or created, its fields laid over the entry (a field the row does not give
 * keeps its value), validated like any entry, then kept with its history record ({@code create} for a new
 * entry, {@code import} for a change, so that undo reverts it) for all of them to be written at once
 * ({@link ImportWrites}).
 */
@Component
class ImportedRows {

    /** The fields that decide an entry: an invalid value there makes the row an error, not a value left out. */
    private static final Set<String> DECISIVE = Set.of("content", "last_chapter", "status", "score");
    static final String START_AFTER_FINISH = "Ensure this date is on or before the finish date.";
    /** A chapter that starts with its number: {@code 705}, {@code 475.5}, {@code 12a}. */
    private static final Pattern NUMBERED = Pattern.compile("[0-9].*", Pattern.DOTALL);
    /** Said the same of a preview and of the import done: what the row is, not what importing it would do. */
    static final String OLDER_THAN_ENTRY = "This row is dated before your entry's last change: its values may be"
            + " older than yours.";
    /** A row without a category, for which the reader chose none, where the catalog has no Imported category. */
    static final String NO_CATEGORY_CHOSEN = "The row names no category, and none was chosen for the rows without"
            + " one.";
    static final String UNKNOWN_CHAPTER = "No chapter of this series has that name: kept as written, it gets no unread"
            + " count and no next chapter. A number, such as 120, does.";
    /** A last chapter that says the reader has read all there is, as {@link TitleKey} writes it. */
    private static final Set<String> UP_TO_DATE = Set.of("caught up", "up to date", "latest", "all", "a jour",
            "tout", "tout lu", "dernier");
    static final String SAME_CONTENT_AGAIN = "An earlier row of the file is for the same series: the rows apply in"
            + " order, the last one wins.";

    private final ProgressStore entries;
    private final HistoryStore history;
    private final EntryRules rules;
    private final FieldChanges fieldChanges;
    private final ContentCatalog catalog;
    private final ChapterPositions chapters;
    private final JsonMapper json;
    private final Clock clock;

    ImportedRows(ProgressStore entries, HistoryStore history, EntryRules rules, FieldChanges fieldChanges,
            ContentCatalog catalog, ChapterPositions chapters, JsonMapper json, Clock clock) {
        this.entries = entries;
        this.history = history;
        this.rules = rules;
        this.fieldChanges = fieldChanges;
        this.catalog = catalog;
        this.chapters = chapters;
        this.json = json;
        this.clock = clock;
    }

    Session session(long userId, ParsedFile file, Map<String, List<TitleMatch>> matches,
            Map<String, CloseTitles> close, ImportOptions options) {
        Map<Long, ProgressEntry> byContent = new HashMap<>();
        entries.allOf(userId).forEach(entry -> byContent.put(entry.contentId(), entry));
        Instant now = Timestamps.now(clock);
        ImportWrites writes = new ImportWrites(entries, history, userId, now, byContent);
        Set<Long> matched = new HashSet<>();
        matches.values().forEach(found -> found.forEach(match -> matched.add(match.contentId())));
        close.values().forEach(found -> found.alike().forEach(match -> matched.add(match.contentId())));
        return new Session(userId, file, matches, close, writes, options, chapters.lastNumberedChapters(matched),
                now);
    }

    /** One import: the reader's entries by content, and the contents it created, as the rows go. */
    final class Session {
        private final long userId;
        private final ParsedFile file;
        private final Map<String, List<TitleMatch>> matches;
        /** For the rows' titles that no content has: the contents whose title is close. */
        private final Map<String, CloseTitles> close;
        private final ImportWrites writes;
        private final boolean createMissing;
        /** Whether missing contents go into the catalog; if not, they are the reader's suggestions. */
        private final boolean editsCatalog;
        private final boolean keepProgress;
        /** The contents this import created: gone again if it is rolled back. */
        private final Set<Long> created = new HashSet<>();
        /** The contents the rows so far were for. */
        private final Set<Long> rowContents = new HashSet<>();
        /** The number of the last numbered chapter of each matched content that has one. */
        private final Map<Long, String> lastChapters;
        /**
         * The positions of those last chapters, and "Past the catalog's last chapter" by that chapter: most contents
         * end on one of a few numbers, each worked out once rather than for every row (the import's garbage is what
         * fills the small heap).
         */
        private final Map<String, String> lastPositions = new HashMap<>();
        private final Map<String, String> pastLastChapter = new HashMap<>();
        /** Chapters named in words, by content and position: whether the catalog has them. */
        private final Map<String, Boolean> namedChapters = new HashMap<>();
        /** No entry was changed after this: a later "last update" in a file is a mistake of the file's. */
        private final Instant now;

        private Session(long userId, ParsedFile file, Map<String, List<TitleMatch>> matches,
                Map<String, CloseTitles> close, ImportWrites writes, ImportOptions options,
                Map<Long, String> lastChapters, Instant now) {
            this.userId = userId;
            this.file = file;
            this.matches = matches;
            this.close = close;
            this.writes = writes;
            this.createMissing = options.createMissing();
            this.editsCatalog = options.editsCatalog();
            this.keepProgress = options.keepProgress();
            this.lastChapters = lastChapters;
            this.now = now;
        }

        ImportResult apply(ImportRow row) {
            List<String> messages = new ArrayList<>(row.messages());
            if (!row.errors().isEmpty()) {
                messages.addAll(0, row.errors());
                return new ImportResult(row.row(), row.title(), Outcome.ERROR, null, null, messages);
            }
            List<TitleMatch> candidates = candidates(row);
            if (candidates.isEmpty()) {
                Optional<TitleMatch> elsewhere = inOtherCategory(row);
                if (elsewhere.isPresent()) {
                    candidates = List.of(elsewhere.get());
                    messages.add(0, "Found in " + elsewhere.get().categoryName() + ", not in " + row.category().strip()
                            + ".");
                }
            }
            CloseTitles closeTitles = candidates.isEmpty()
                    ? close.getOrDefault(TitleKey.of(row.title()), CloseTitles.NONE) : CloseTitles.NONE;
            List<TitleMatch> alike = inRowCategory(row, closeTitles.alike());
            if (candidates.isEmpty() && alike.size() == 1) {
                // "Full Metal Alchemist" for "Fullmetal Alchemist": a spelling, not another series
                candidates = alike;
                messages.add(0, "Matched with \u201c" + alike.get(0).title() + "\u201d, as the catalog spells it.");
            }
            if (candidates.size() > 1) {
                messages.add(0, "Several contents have this title (in " + String.join(", ", candidates.stream()
                        .map(TitleMatch::categoryName).distinct().toList()) + "); a type column tells them apart.");
                return new ImportResult(row.row(), row.title(), Outcome.UNMATCHED, null, null, messages);
            }
            boolean newContent = candidates.isEmpty();
            long contentId;
            if (!newContent) {
                contentId = candidates.get(0).contentId();
                if (createMissing && editsCatalog && candidates.get(0).releaseDays().isEmpty()
                        && catalog.fillReleaseDays(contentId, row.releaseDays())) {
                    messages.add("The content's release days were empty: set from the file.");
                }
            } else if (!createMissing) {
                messages.add(0, "No content of the catalog has this title" + (row.category() == null ? "" : " in "
                        + row.category()) + ".");
                closeTitlesNote(closeTitles).ifPresent(note -> messages.add(1, note));
                return new ImportResult(row.row(), row.title(), Outcome.UNMATCHED, null, null, messages);
            } else {
                try {
                    Optional<Long> created = editsCatalog ? Optional.of(create(row)) : suggest(row);
                    if (created.isEmpty()) {
                        messages.add(0, noSuchCategory(row));
                        return new ImportResult(row.row(), row.title(), Outcome.UNMATCHED, null, null, messages);
                    }
                    contentId = created.get();
                } catch (InvalidInputException e) {
                    e.errors().forEach((field, problems) -> problems.forEach(problem ->
                            messages.add(field + " of the new content: " + problem)));
                    return new ImportResult(row.row(), row.title(), Outcome.ERROR, null, null, messages);
                } catch (ConflictException e) {
                    messages.add(0, e.getMessage());
                    // a reader's suggestion that someone else's pending one already covers: theirs to review
                    return new ImportResult(row.row(), row.title(), editsCatalog ? Outcome.ERROR : Outcome.UNMATCHED,
                            null, null, messages);
                }
                if (!editsCatalog) {
                    messages.add("Suggested to the catalog: you see it now, other readers once a moderator approves"
                            + " it.");
                }
                // the preview says so before a second "Frieren" joins the catalog
                closeTitlesNote(closeTitles).ifPresent(messages::add);
            }
            ImportResult result = write(row, contentId, messages)
                    .withContentTitle(newContent ? row.title() : candidates.get(0).title());
            return newContent && !editsCatalog ? result.asSuggestion() : result;
        }

        private ImportResult write(ImportRow row, long contentId, List<String> messages) {
            ImportWrites.Entry existing = writes.entry(contentId);
            ProgressRequest base = existing == null ? ProgressRequest.tracking(contentId) : existing.fields();
            // the dates are the file's only: a list imported today was not started or finished today (a spreadsheet
            // of thirty finished series made thirty "finished today", in the statistics too)
            ProgressRequest fields = caughtUp(contentId, base, keepWhatMalRounds(base, row.fields().applyTo(base)),
                    messages);
            if (keepProgress && existing != null) {
                // the tags given in the app since stay beside the file's
                fields = fields.withTags(withoutRepeats(base.tags(), fields.tags()));
            }
            List<String> errors = new ArrayList<>();
            ProgressRequest valid = validLeavingOut(base, fields, messages, errors);
            Instant updatedAt = row.updatedAt();
            if (updatedAt != null && updatedAt.isAfter(now)) {
                // it would sit first in the list by last change for years, and make every later import "older"
                messages.add("updated_at: \"" + updatedAt + "\" is in the future; left out.");
                updatedAt = null;
            }
            if (valid == null) {
                messages.addAll(0, errors);
                return new ImportResult(row.row(), row.title(), Outcome.ERROR, existing == null ? null : existing.id(),
                        contentId, messages);
            }
            // what the row says of itself, before "Keep my progress" drops a date older than the list's
            Instant datedAt = updatedAt;
            if (keepProgress && existing != null) {
                if (movesBack(existing.fields().lastChapter(), valid.lastChapter())
                        || dropsTheNumber(contentId, existing.fields().lastChapter(), valid.lastChapter())) {
                    messages.add(valid.lastChapter().isEmpty()
                            ? "Kept at chapter " + existing.fields().lastChapter() + ": the file gives none."
                            : "Kept at chapter " + existing.fields().lastChapter() + ": the file says "
                                    + valid.lastChapter() + ".");
                    valid = valid.withLastChapter(existing.fields().lastChapter());
                }
                if (updatedAt != null && updatedAt.isBefore(existing.updatedAt())) {
                    // nor back to the day the file was kept: the list by last change would bury a series read since
                    updatedAt = null;
                }
            }
            if (!valid.lastChapter().equals(base.lastChapter())) {
                chapterNote(contentId, valid.lastChapter()).ifPresent(messages::add);
            }
            // a row in error applied nothing: only the rows that apply are "earlier rows"
            if (!rowContents.add(contentId)) {
                messages.add(SAME_CONTENT_AGAIN);
            }
            if (existing == null) {
                ObjectNode created = fieldChanges.between(null, valid);
                writes.create(valid, updatedAt, Change.of(HistoryAction.CREATE, created, 0));
                return ImportResult.created(row, contentId, messages,
                        withLastChange(fieldChanges.asMap(created), null, updatedAt));
            }
            ObjectNode changes = fieldChanges.between(existing.fields(), valid);
            boolean moved = updatedAt != null && !updatedAt.equals(existing.updatedAt());
            if (changes.isEmpty() && !moved) {
                return new ImportResult(row.row(), row.title(), Outcome.UNCHANGED, existing.id(), contentId,
                        messages);
            }
            Instant storedAt = writes.storedUpdatedAt(contentId);
            // with the progress kept, a chapter only goes forward: what may go back is the rest of the row
            boolean mayGoBack = keepProgress
                    ? changes.properties().stream().anyMatch(change -> !change.getKey().equals("last_chapter"))
                    : !changes.isEmpty();
            if (mayGoBack && datedAt != null && storedAt != null && datedAt.isBefore(storedAt)) {
                // an old export imported over a list read since: the preview says so before anything goes back (the
                // entry as stored, not as earlier rows of the file leave it: an undated row leaves it changed now)
                messages.add(OLDER_THAN_ENTRY);
            } else if (updatedAt == null && movesBack(existing.fields().lastChapter(), valid.lastChapter())) {
                // without a date, nothing tells whether the file or the list is newer: the file is what the reader
                // imports, but a chapter going back is worth a look in the preview
                messages.add("Moves back from chapter " + existing.fields().lastChapter() + " to "
                        + valid.lastChapter() + ".");
            }
            // an import moves no chapter counter: the reader did not read a list's chapters today
            writes.change(valid, changes.isEmpty() ? null : Change.of(HistoryAction.IMPORT, changes, 0),
                    moved ? updatedAt : null);
            return ImportResult.updated(row, existing.id(), contentId, messages,
                    withLastChange(fieldChanges.asMap(changes), existing.updatedAt(), moved ? updatedAt : null));
        }

        /**
         * What the reader should know of a last chapter the row sets, before a typo ("douze", 1100 for 110) leaves a
         * series without its unread count and next chapter: a chapter named in words that the series does not have,
         * or a number past the catalog's last chapter (which may only mean the catalog is behind).
         */
        private Optional<String> chapterNote(long contentId, String chapter) {
            if (chapter.isEmpty()) {
                return Optional.empty();
            }
            String position = ChapterPositions.positionOf(chapter);
            if (!NUMBERED.matcher(chapter).matches()) {
                return hasNamedChapter(contentId, chapter) ? Optional.empty() : Optional.of(UNKNOWN_CHAPTER);
            }
            String last = lastChapters.get(contentId);
            if (last == null
                    || position.compareTo(lastPositions.computeIfAbsent(last, ChapterPositions::positionOf)) <= 0) {
                return Optional.empty();
            }
            return Optional.of(pastLastChapter.computeIfAbsent(last,
                    number -> "Past the catalog's last chapter of this series, " + number + "."));
        }

        /**
         * Whether the last chapter goes from one numbered chapter to an earlier one, in the catalog's natural order
         * of chapters; a chapter that is no number ("Extra") is in no order the reader would call back or forth.
         */
        private static boolean movesBack(String before, String after) {
            return NUMBERED.matcher(before).matches() && NUMBERED.matcher(after).matches()
                    && ChapterPositions.positionOf(after).compareTo(ChapterPositions.positionOf(before)) < 0;
        }

        /**
         * The catalog's last chapter for a last chapter that says the reader is up to date ("caught up", "à jour"),
         * as spreadsheets write it: kept as words, the series had no unread count and no next chapter. The entry's
         * own chapter when it is that far already (a catalog behind the series), and the words as written when the
         * series has no numbered chapter.
         */
        private ProgressRequest caughtUp(long contentId, ProgressRequest base, ProgressRequest fields,
                List<String> messages) {
            String written = fields.lastChapter();
            String last = lastChapters.get(contentId);
            if (written == null || last == null || !UP_TO_DATE.contains(TitleKey.of(written))) {
                return fields;
            }
            String current = base.lastChapter() == null ? "" : base.lastChapter();
            if (NUMBERED.matcher(current).matches() && !movesBack(last, current)) {
                return fields.withLastChapter(current);
            }
            messages.add("\u201c" + written + "\u201d read as chapter " + last + ", the catalog's last.");
            return fields.withLastChapter(last);
        }

        /** The entry's tags, then the file's that are not among them (whatever their case). */
        private static List<String> withoutRepeats(@Nullable List<String> kept, @Nullable List<String> added) {
            List<String> tags = new ArrayList<>(kept == null ? List.of() : kept);
            for (String tag : added == null ? List.<String>of() : added) {
                if (tags.stream().noneMatch(tag::equalsIgnoreCase)) {
                    tags.add(tag);
                }
            }
            return tags;
        }

        /**
         * Whether a numbered last chapter would give way to words that name no chapter of the series: "caught up",
         * "latest" or "?" in a spreadsheet's chapter column would take the series' progress, and its unread count,
         * with them.
         */
        private boolean dropsTheNumber(long contentId, String before, String after) {
            return NUMBERED.matcher(before).matches() && !NUMBERED.matcher(after).matches()
                    && (after.isEmpty() || !hasNamedChapter(contentId, after));
        }

        private boolean hasNamedChapter(long contentId, String chapter) {
            return namedChapters.computeIfAbsent(contentId + " " + ChapterPositions.positionOf(chapter),
                    key -> chapters.hasChapterAt(contentId, ChapterPositions.positionOf(chapter)));
        }

        /**
         * The row's changes with the entry's last change as the file dates it, when it does: a row that only
         * moves that date reports what it changes, and a date read the wrong way round shows before it is kept.
         */
        private static Map<String, List<Object>> withLastChange(Map<String, List<Object>> changes,
                @Nullable Instant before, @Nullable Instant after) {
            if (after != null) {
                changes.put("updated_at", Arrays.asList(before, after));
            }
            return changes;
        }

        /**
         * Writes the rows' changes to the reader's list (see {@link ImportWrites}): the ids of the entries
         * created, by content id.
         */
        Map<Long, Long> write() {
            return writes.write();
        }

        /**
         * The contents the row's title names (in its category, if it has one). Titles match loosely ("ONE PIECE",
         * "One Piece!"), but the catalog may hold two that differ only so: the one whose title is exactly the row's,
         * as an export writes it, is then the one meant.
         */
        private List<TitleMatch> candidates(ImportRow row) {
            List<TitleMatch> found = inRowCategory(row, matches.getOrDefault(TitleKey.of(row.title()), List.of()));
            if (found.size() > 1) {
                List<TitleMatch> exact = found.stream().filter(match -> match.title().equals(row.title())).toList();
                return exact.size() == 1 ? exact : found;
            }
            return found;
        }

        /** The contents of the row's category, when it names one. */
        private static List<TitleMatch> inRowCategory(ImportRow row, List<TitleMatch> found) {
            if (row.category() == null || row.category().isBlank()) {
                return found;
            }
            String category = TitleKey.of(row.category());
            return found.stream().filter(match -> TitleKey.of(match.categoryName()).equals(category)).toList();
        }

        /**
         * The titles close to the row's that the catalog has, for a row that matched none; empty without any. Two
         * of one title are told apart by their category.
         */
        private static Optional<String> closeTitlesNote(CloseTitles close) {
            List<TitleMatch> closest = Stream.concat(close.alike().stream(), close.similar().stream()).limit(3)
                    .toList();
            Map<String, Long> byTitle = closest.stream()
                    .collect(Collectors.groupingBy(TitleMatch::title, Collectors.counting()));
            List<String> titles = closest.stream().map(match -> "\u201c" + match.title() + "\u201d"
                    + (byTitle.get(match.title()) > 1 ? " (" + match.categoryName() + ")" : "")).toList();
            return titles.isEmpty() ? Optional.empty()
                    : Optional.of("Close titles in the catalog: " + String.join(", ", titles) + ".");
        }

        /**
         * The one content the row's title names when it names none in the row's category: a spreadsheet's type
         * column is the reader's own word for it (a webtoon the catalog files under Webtoon, the reader's sheet under
         * Manga), and a second series of the same title is not what they mean. Empty when the row names no
         * category, or the title names no content or several. Not for the catalog's editors adding what the catalog
         * lacks: their type is the catalog's word (a novel beside the manhwa of the same title is theirs to add).
         * Never a content this import created, which an earlier row of the file named in its own category.
         */
        private Optional<TitleMatch> inOtherCategory(ImportRow row) {
            if (row.category() == null || row.category().isBlank() || (createMissing && editsCatalog)) {
                return Optional.empty();
            }
            List<TitleMatch> found = matches.getOrDefault(TitleKey.of(row.title()), List.of());
            return found.size() == 1 && !created.contains(found.get(0).contentId()) ? Optional.of(found.get(0))
                    : Optional.empty();
        }

        private long create(ImportRow row) {
            long id = catalog.create(newContent(row));
            rememberCreated(id, row);
            return id;
        }

        /** The reader's suggestion of the row's content; empty when no category has the row's category name. */
        private Optional<Long> suggest(ImportRow row) {
            Optional<Long> id = catalog.suggest(newContent(row), userId);
            id.ifPresent(created -> rememberCreated(created, row));
            return id;
        }

        private NewContent newContent(ImportRow row) {
            String language = row.language() == null || row.language().isBlank() ? null : row.language();
            return new NewContent(row.title(), category(row), language, row.altTitles(), row.releaseDays());
        }

        /**
         * MyAnimeList counts in whole numbers: its export writes a score of 8.5 as 9 and a last chapter of 1100.5
         * as 1100, and the file read back must not change them. A MAL value that is the entry's own, rounded as
         * the export rounds it, is the entry's.
         */
        private ProgressRequest keepWhatMalRounds(ProgressRequest base, ProgressRequest fields) {
            if (file.format() != ImportFormat.MAL) {
                return fields;
            }
            ProgressRequest kept = fields;
            if (base.score() != null && fields.score() != null
                    && base.score().setScale(0, RoundingMode.HALF_UP).compareTo(fields.score()) == 0) {
                kept = kept.withScore(base.score());
            }
            if (!base.lastChapter().isEmpty()
                    && fields.lastChapter().equals(ProgressExport.wholeChapters(base.lastChapter()))) {
                kept = kept.withLastChapter(base.lastChapter());
            }
            return kept;
        }

        /** Why a row's series could not be suggested: the category it goes in does not exist. */
        private String noSuchCategory(ImportRow row) {
            if (row.category() != null && !row.category().isBlank()) {
                return "No category is named " + row.category() + "; only moderators add categories.";
            }
            if (file.defaultCategory() == null) {
                // the fallback's name ("Imported") meant nothing to a reader who had chosen none
                return NO_CATEGORY_CHOSEN;
            }
            return "The row names no category, and no category is named " + file.defaultCategory()
                    + " to put it in; only moderators add categories.";
        }

        private String category(ImportRow row) {
            return row.category() != null && !row.category().isBlank() ? row.category()
                    : file.defaultCategory() != null ? file.defaultCategory() : ProgressImport.DEFAULT_CATEGORY;
        }

        /** The contents this import created so far, which a rolled-back import (a dry run, an error) never kept. */
        Set<Long> createdContents() {
            return Set.copyOf(created);
        }

        /** A later row of the same title finds the content created for this one. */
        private void rememberCreated(long id, ImportRow row) {
            created.add(id);
            TitleMatch created = new TitleMatch(id, row.title(), 0, category(row), row.releaseDays());
            matches.put(TitleKey.of(row.title()), List.of(created));
        }

        /**
         * The entry if valid; else, for each invalid field that does not decide the entry, that field back at
         * its stored (or default) value, with a message; null, with {@code errors}, when a deciding field is
         * invalid.
         */
        private ProgressRequest validLeavingOut(ProgressRequest base, ProgressRequest fields, List<String> messages,
                List<String> errors) {
            ProgressRequest candidate = fields;
            for (int attempt = 0; attempt < 3; attempt++) {
                try {
                    return rules.validate(candidate);
                } catch (InvalidInputException e) {
                    ObjectNode tree = json.valueToTree(candidate);
                    ObjectNode original = json.valueToTree(base);
                    for (Map.Entry<String, List<String>> field : e.errors().entrySet()) {
                        String problems = String.join(" ", field.getValue());
                        if (DECISIVE.contains(field.getKey())) {
                            errors.add(field.getKey() + ": " + problems);
                        } else if (field.getKey().equals("finished_on")
                                && tree.get("finished_on").equals(original.get("finished_on"))) {
                            // the finish date is the entry's own: the file's start date comes after it
                            messages.add("started_on: " + START_AFTER_FINISH + " Left out.");
                            tree.set("started_on", original.get("started_on"));
                        } else {
                            messages.add(field.getKey() + ": " + problems + " Left out.");
                            tree.set(field.getKey(), original.get(field.getKey()));
                        }
                    }
                    if (!errors.isEmpty()) {
                        return null;
                    }
                    candidate = fieldChanges.entry(tree);
                }
            }
            errors.add("The entry's fields could not be made valid.");
            return null;
        }
    }
}
