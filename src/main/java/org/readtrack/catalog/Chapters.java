package org.readtrack.catalog;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import org.readtrack.database.Timestamps;
import org.readtrack.shared.ConflictException;
import org.readtrack.shared.FieldErrors;
import org.readtrack.shared.NotFoundException;
import org.readtrack.shared.OneAtATime;
import org.readtrack.shared.Ordering;
import org.readtrack.shared.Page;
import org.readtrack.shared.PageQuery;
import org.readtrack.shared.Patches;
import org.readtrack.shared.RequestValidator;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of chapters: numbers unique within a content, a content that exists, and a search only within
 * one content. Lists are served through {@link CatalogCache}; reads run outside any transaction, writes in
 * one, so that the cache is emptied once they are committed.
 */
@Component
class Chapters {

    static final String NUMBER_TAKEN = "This content already has a chapter with this number.";
    private static final String NUMBER_ORDER = "chapter_number";
    private static final Ordering NATURAL_ORDER = new Ordering(NUMBER_ORDER, false);

    private final ChapterStore chapters;
    private final Contents contents;
    private final ContentStore contentStore;
    private final RequestValidator validator;
    private final Clock clock;
    private final CatalogCache cache;
    /** A second search across the catalog waits a second at most for the first, then is told to come back. */
    private final OneAtATime catalogWideSearches = new OneAtATime(Duration.ofSeconds(1), Duration.ofSeconds(2));

    Chapters(ChapterStore chapters, Contents contents, ContentStore contentStore, RequestValidator validator,
            Clock clock, CatalogCache cache) {
        this.chapters = chapters;
        this.contents = contents;
        this.contentStore = contentStore;
        this.validator = validator;
        this.clock = clock;
        this.cache = cache;
    }

    /** For the tests that hold it, to see which searches wait for it. */
    OneAtATime catalogWideSearches() {
        return catalogWideSearches;
    }

    /** {@code scope}: the viewer the page is read as, {@link Viewer#PUBLIC} for the page everyone shares. */
    private record ListQuery(Long contentId, String search, boolean newestFirst, PageQuery page, Viewer scope) {
    }

    /** {@code -chapter_number}: the newest first; {@code chapter_number} or nothing: the natural order. */
    static boolean newestFirst(String ordering) {
        return Ordering.parse(ordering, NATURAL_ORDER, List.of(NUMBER_ORDER)).descending();
    }

    /**
     * A search without a content reads every chapter: matching text inside titles cannot use an index (2,000,000
     * at the large benchmark, 0.6 to 3.2 s each time). Those searches run one at a time, so that a few readers
     * cannot hold every worker; within one content the (content_id, sort_key, id) index bounds the search to
     * that content's chapters.
     */
    Page<ChapterResponse> list(Long contentId, String search, boolean newestFirst, PageQuery page, Viewer viewer) {
        boolean searching = search != null && !search.isBlank();
        Viewer scope = cache.scope(viewer, contentStore::privateReaders);
        Supplier<Page<ChapterResponse>> read =
                () -> chapters.page(contentId, searching ? search.strip() : null, newestFirst, page, scope);
        Page<ChapterResponse> found = cache.page(new ListQuery(contentId, search, newestFirst, page, scope),
                contentId == null && searching ? () -> catalogWideSearches.run(read) : read);
        // as for a content that does not exist: naming one the caller may not see is a mistake, not an empty list
        if (found.total() == 0 && contentId != null && !contents.visible(contentId, viewer)) {
            throw FieldErrors.unknownChoice("content");
        }
        return found;
    }

    /** Not found when its content is one the caller may not see. */
    ChapterResponse get(long id, Viewer viewer) {
        return chapters.find(id).filter(chapter -> contents.visible(chapter.content(), viewer))
                .orElseThrow(NotFoundException::new);
    }

    @Transactional
    ChapterResponse create(ChapterRequest request, Viewer viewer) {
        cache.clearWhenDone();
        checkContent(request.content(), viewer);
        if (chapters.numberTaken(request.content(), request.chapterNumber(), 0)) {
            throw numberTaken();
        }
        return chapters.insert(request, Timestamps.now(clock)).orElseThrow(Chapters::numberTaken);
    }

    /**
     * All the range or nothing: a number the content already has stops it, and the transaction takes back what
     * was added before that number. Asked to skip them, the numbers the content has are left out instead.
     */
    @Transactional
    ChapterRangeResponse createRange(ChapterRange range, Viewer viewer) {
        cache.clearWhenDone();
        checkContent(range.content(), viewer);
        var now = Timestamps.now(clock);
        List<String> numbers = IntStream.rangeClosed(range.from(), range.to()).mapToObj(Integer::toString).toList();
        List<String> taken = chapters.taken(range.content(), numbers);
        if (!taken.isEmpty() && !range.skipsExisting()) {
            throw rangeStopsAt(taken);
        }
        Set<String> existing = Set.copyOf(taken);
        var created = new ArrayList<ChapterResponse>(numbers.size());
        int skipped = 0;
        for (String chapterNumber : numbers) {
            // one added by someone else since the numbers were read is skipped too, when skipping
            Optional<ChapterResponse> added = existing.contains(chapterNumber) ? Optional.empty()
                    : chapters.insert(new ChapterRequest(range.content(), chapterNumber, "", range.releaseDate()), now);
            if (added.isPresent()) {
                created.add(added.get());
            } else if (range.skipsExisting()) {
                skipped++;
            } else {
                throw rangeStopsAt(List.of(chapterNumber));
            }
        }
        return new ChapterRangeResponse(created.size(), skipped, created);
    }

    /** As the original API's PUT: the content and number are required, and a field left out keeps its value. */
    @Transactional
    ChapterResponse replace(long id, ChapterPatch body, Viewer viewer) {
        get(id, viewer);
        FieldErrors missing = new FieldErrors();
        Patches.requireGiven(missing, "content", body.content());
        Patches.requireGiven(missing, "chapter_number", body.chapterNumber());
        missing.throwIfAny();
        return patch(id, body, viewer);
    }

    @Transactional
    ChapterResponse patch(long id, ChapterPatch patch, Viewer viewer) {
        ChapterResponse current = get(id, viewer);
        return save(id, validator.validate(patch.applyTo(current.asRequest())), viewer);
    }

    /** Where PUT and PATCH end, once the chapter is known to exist. */
    private ChapterResponse save(long id, ChapterRequest request, Viewer viewer) {
        cache.clearWhenDone();
        checkContent(request.content(), viewer);
        if (chapters.numberTaken(request.content(), request.chapterNumber(), id)) {
            throw numberTaken();
        }
        return chapters.update(id, request, Timestamps.now(clock)).orElseThrow(NotFoundException::new);
    }

    @Transactional
    void delete(long id, Viewer viewer) {
        cache.clearWhenDone();
        get(id, viewer);
        if (!chapters.delete(id)) {
            throw new NotFoundException();
        }
    }

    /** How many chapters went: those numbered {@code from} to {@code to} and between (see ChapterStore). */
    @Transactional
    int deleteRange(long contentId, int from, int to, Viewer viewer) {
        FieldErrors errors = new FieldErrors();
        if (from < 0) {
            errors.add("from", "Ensure this value is greater than or equal to 0.");
        }
        if (to < Math.max(from, 0)) {
            errors.add("to", "Ensure this value is at least `from`.");
        }
        errors.throwIfAny();
        cache.clearWhenDone();
        checkContent(contentId, viewer);
        return chapters.deleteNumbered(contentId, from, to);
    }

    private void checkContent(long contentId, Viewer viewer) {
        if (!contents.visible(contentId, viewer)) {
            throw FieldErrors.unknownReference("content", contentId);
        }
    }

    /** Every number in the way, so that the next try can leave them all out: "chapters 3–10, 12". */
    private static ConflictException rangeStopsAt(List<String> taken) {
        if (taken.size() == 1) {
            return ConflictException.onField("from", "This content already has chapter " + taken.get(0)
                    + "; nothing was added.");
        }
        return ConflictException.onField("from", "This content already has chapters " + WholeNumberRuns.of(taken)
                + "; nothing was added.");
    }

    private static ConflictException numberTaken() {
        return ConflictException.onField("chapter_number", NUMBER_TAKEN);
    }
}
