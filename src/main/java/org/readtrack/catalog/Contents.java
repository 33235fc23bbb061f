package org.readtrack.catalog;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.readtrack.database.Timestamps;
import org.readtrack.shared.ConflictException;
import org.readtrack.shared.FieldErrors;
import org.readtrack.shared.NotFoundException;
import org.readtrack.shared.Page;
import org.readtrack.shared.PageQuery;
import org.readtrack.shared.Patches;
import org.readtrack.shared.RequestValidator;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of contents: titles unique within a category (among public contents), a category that exists, and
 * contents that only some see ({@link ContentVisibility}): whoever may not see a content finds nothing there,
 * for reading as for writing. Reads are served through {@link CatalogCache} and run outside any transaction;
 * writes run in one, so that the cache is emptied once they are committed, and answer with the representation
 * that reads give.
 */
@Component
class Contents {

    static final String TITLE_TAKEN = "A content with this title already exists in this category.";

    private final ContentStore contents;
    private final CategoryStore categories;
    private final RequestValidator validator;
    private final Clock clock;
    private final CatalogCache cache;

    Contents(ContentStore contents, CategoryStore categories, RequestValidator validator, Clock clock,
            CatalogCache cache) {
        this.contents = contents;
        this.categories = categories;
        this.validator = validator;
        this.clock = clock;
        this.cache = cache;
    }

    /** {@code scope}: the viewer the page is read as, {@link Viewer#PUBLIC} for the page everyone shares. */
    private record ListQuery(ContentFilter filter, PageQuery page, Viewer scope) {
    }

    Page<ContentResponse> list(ContentFilter filter, PageQuery page, Viewer viewer) {
        Viewer scope = cache.scope(viewer, contents::privateReaders);
        return cache.page(new ListQuery(filter, page, scope), () -> contents.page(filter, page, scope));
    }

    ContentResponse get(long id, Viewer viewer) {
        return Optional.ofNullable(describe(List.of(id), viewer).get(id)).orElseThrow(NotFoundException::new);
    }

    /** Keyed by id, in no particular order; ids that do not exist are simply absent. Private ones included. */
    Map<Long, ContentResponse> describe(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : cache.contents(ids, contents::byIds);
    }

    /** Those that {@code viewer} sees: the others are absent, as if they did not exist. */
    Map<Long, ContentResponse> describe(Collection<Long> ids, Viewer viewer) {
        Map<Long, ContentResponse> visible = new HashMap<>(describe(ids));
        visible.values().removeIf(content -> !content.visibleTo(viewer));
        return visible;
    }

    boolean visible(long id, Viewer viewer) {
        return !describe(List.of(id), viewer).isEmpty();
    }

    /** The same answer as {@link #visible}, from one light statement rather than the content read whole. */
    boolean exists(long id, Viewer viewer) {
        return contents.exists(id, viewer);
    }

    /** Not found for whoever may not see it. */
    void requireVisible(long id, Viewer viewer) {
        if (!visible(id, viewer)) {
            throw new NotFoundException();
        }
    }

    /** A public content. */
    @Transactional
    ContentResponse create(ContentRequest request) {
        cache.clearWhenDone();
        checkCategory(request.featureCategory());
        // a title written alike is checked here; the same title exactly, by the unique index, races included
        contents.titleTaken(request.featureCategory(), request.title(), 0).ifPresent(existing -> {
            throw titleTaken().with("existing", existing);
        });
        long id = contents.insert(request, null, Timestamps.now(clock)).orElseThrow(Contents::titleTaken);
        return stored(id);
    }

    /**
     * A content that {@code owner} alone sees (see {@link Suggestions}), in the caller's transaction; valid, and
     * checked for duplicates, beforehand.
     */
    @Transactional
    long createPrivate(ContentRequest request, long owner) {
        cache.clearWhenDone();
        checkCategory(request.featureCategory());
        // only public contents take part in the unique index: a private one is always added
        return contents.insert(request, owner, Timestamps.now(clock)).orElseThrow();
    }

    /**
     * As the original API's PUT: the title and category are required, and a field left out keeps its value (a
     * client that knows nothing of other titles or release days does not erase them).
     */
    @Transactional
    ContentResponse replace(long id, ContentPatch body, Viewer viewer) {
        requireVisible(id, viewer);
        FieldErrors missing = new FieldErrors();
        Patches.requireGiven(missing, "title", body.title());
        Patches.requireGiven(missing, "feature_category", body.featureCategory());
        missing.throwIfAny();
        return patch(id, body, viewer);
    }

    @Transactional
    ContentResponse patch(long id, ContentPatch patch, Viewer viewer) {
        requireVisible(id, viewer);
        ContentRequest current = contents.request(id).orElseThrow(NotFoundException::new);
        return save(id, validator.validate(patch.applyTo(current)));
    }

    /**
     * Makes a private content public, with {@code patch} (null: none) laid over it first, validated as a PATCH
     * is. Its title must then be free among public contents: 409 naming the one that has it ({@code existing}).
     */
    @Transactional
    ContentResponse publish(long id, ContentPatch patch) {
        cache.clearWhenDone();
        ContentRequest current = contents.request(id).orElseThrow(NotFoundException::new);
        ContentRequest published = patch == null ? current : validator.validate(patch.applyTo(current));
        checkCategory(published.featureCategory());
        contents.titleTaken(published.featureCategory(), published.title(), id).ifPresent(existing -> {
            throw titleTaken().with("existing", existing);
        });
        Instant now = Timestamps.now(clock);
        if (patch != null && !contents.update(id, published, now)) {
            throw new NotFoundException();
        }
        contents.publish(id, now);
        return stored(id);
    }

    /** A content of this category that has one of these title keys, among those {@code viewer} sees. */
    Optional<ContentResponse> namedBy(long categoryId, Collection<String> titleKeys, Viewer viewer) {
        return titleKeys.isEmpty() ? Optional.empty() : contents.byTitleKeys(categoryId, titleKeys, viewer);
    }

    /** Where PUT and PATCH end, once the content is known to exist. */
    private ContentResponse save(long id, ContentRequest request) {
        cache.clearWhenDone();
        checkCategory(request.featureCategory());
        contents.titleTaken(request.featureCategory(), request.title(), id).ifPresent(existing -> {
            throw titleTaken().with("existing", existing);
        });
        if (!contents.update(id, request, Timestamps.now(clock))) {
            throw new NotFoundException();
        }
        return stored(id);
    }

    /** Chapters and everyone's progress on the content go with it (ON DELETE CASCADE). */
    @Transactional
    void delete(long id, Viewer viewer) {
        cache.clearWhenDone();
        requireVisible(id, viewer);
        if (!contents.delete(id)) {
            throw new NotFoundException();
        }
    }

    /** A merged suggestion's content, once its suggestion names the content it was merged into. */
    @Transactional
    void deleteMerged(long id) {
        cache.clearWhenDone();
        contents.delete(id);
    }

    /** Points the content at a stored image; the image itself is stored beforehand (see {@link Covers}). */
    @Transactional
    ContentResponse setCover(long id, String imageName) {
        cache.clearWhenDone();
        if (!contents.setCover(id, imageName, Timestamps.now(clock))) {
            throw new NotFoundException();
        }
        return stored(id);
    }

    /** Idempotent: a content without a cover is fine, an unknown one is not. */
    @Transactional
    void removeCover(long id) {
        cache.clearWhenDone();
        if (!contents.removeCover(id, Timestamps.now(clock)) && !contents.exists(id)) {
            throw new NotFoundException();
        }
    }

    Map<String, List<TitleMatch>> matchTitles(Collection<String> titleKeys, Viewer viewer) {
        return titleKeys.isEmpty() ? Map.of() : contents.byTitleKeys(titleKeys, viewer);
    }

    /** A read of every title key the viewer sees: for the keys that {@link #matchTitles} found nothing for. */
    Map<String, CloseTitles> closeTitles(Collection<String> unmatchedKeys, Viewer viewer) {
        CloseTitleFinder finder = new CloseTitleFinder(unmatchedKeys);
        if (!finder.looksForSomething()) {
            return Map.of();
        }
        contents.forEachTitleKey(viewer, finder::consider);
        Map<String, CloseTitleFinder.Found> found = finder.found();
        Set<Long> ids = new HashSet<>();
        found.values().forEach(close -> {
            ids.addAll(close.alike());
            ids.addAll(close.similar());
        });
        Map<Long, TitleMatch> matches = contents.titleMatches(ids);
        Map<String, CloseTitles> close = new HashMap<>();
        found.forEach((key, each) -> close.put(key, new CloseTitles(
                each.alike().stream().map(matches::get).filter(Objects::nonNull).toList(),
                each.similar().stream().map(matches::get).filter(Objects::nonNull).toList())));
        return close;
    }

    /** In the caller's transaction (an import's): its category first, found by name key or created. */
    @Transactional
    long createImported(NewContent content) {
        cache.clearWhenDone();
        long categoryId = categories.idByNameKey(TitleKey.of(content.categoryName()))
                .orElseGet(() -> createCategory(content.categoryName()));
        ContentRequest request = validator.validate(new ContentRequest(content.title(), null, content.language(),
                null, null, null, categoryId, content.altTitles(),
                content.releaseDays().stream().map(ReleaseDay::value).toList()));
        return contents.insert(request, null, Timestamps.now(clock)).orElseThrow(Contents::titleTaken);
    }

    @Transactional
    boolean fillReleaseDays(long contentId, List<ReleaseDay> days) {
        cache.clearWhenDone();
        return contents.fillReleaseDays(contentId, days, Timestamps.now(clock));
    }

    private long createCategory(String name) {
        CategoryRequest request = validator.validate(new CategoryRequest(name, ""));
        return categories.insert(request, Timestamps.now(clock))
                .orElseThrow(() -> ConflictException.onField("category", Categories.NAME_TAKEN)).id();
    }

    /** Read back in the write transaction, past the cache: what was just written. */
    private ContentResponse stored(long id) {
        return contents.byIds(List.of(id)).get(id);
    }

    void checkCategory(long categoryId) {
        if (!categories.exists(categoryId)) {
            throw FieldErrors.unknownReference("feature_category", categoryId);
        }
    }

    static ConflictException titleTaken() {
        return ConflictException.onField("title", TITLE_TAKEN);
    }
}
