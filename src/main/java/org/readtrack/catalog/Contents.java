package org.readtrack.catalog;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.readtrack.database.Timestamps;
import org.readtrack.shared.ConflictException;
import org.readtrack.shared.FieldErrors;
import org.readtrack.shared.NotFoundException;
import org.readtrack.shared.Page;
import org.readtrack.shared.PageQuery;
import org.readtrack.shared.RequestValidator;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of contents: titles unique within a category, and a category that exists. Reads are served
 * through {@link CatalogCache} and run outside any transaction; writes run in one, so that the cache is
 * emptied once they are committed, and answer with the representation that reads give.
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

    private record ListQuery(ContentFilter filter, PageQuery page) {
    }

    Page<ContentResponse> list(ContentFilter filter, PageQuery page) {
        return cache.page(new ListQuery(filter, page), () -> contents.page(filter, page));
    }

    ContentResponse get(long id) {
        return Optional.ofNullable(describe(List.of(id)).get(id)).orElseThrow(NotFoundException::new);
    }

    /** Keyed by id, in no particular order; ids that do not exist are simply absent. */
    Map<Long, ContentResponse> describe(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : cache.contents(ids, contents::byIds);
    }

    boolean exists(long id) {
        return contents.exists(id);
    }

    @Transactional
    ContentResponse create(ContentRequest request) {
        cache.clearWhenDone();
        checkCategory(request.featureCategory());
        long id = contents.insert(request, Timestamps.now(clock)).orElseThrow(Contents::titleTaken);
        return stored(id);
    }

    @Transactional
    ContentResponse replace(long id, ContentRequest request) {
        if (!contents.exists(id)) {
            throw new NotFoundException();
        }
        return save(id, request);
    }

    @Transactional
    ContentResponse patch(long id, ContentPatch patch) {
        ContentRequest current = contents.request(id).orElseThrow(NotFoundException::new);
        return save(id, validator.validate(patch.applyTo(current)));
    }

    /** Where PUT and PATCH end, once the content is known to exist. */
    private ContentResponse save(long id, ContentRequest request) {
        cache.clearWhenDone();
        checkCategory(request.featureCategory());
        if (contents.titleTaken(request.featureCategory(), request.title(), id)) {
            throw titleTaken();
        }
        if (!contents.update(id, request, Timestamps.now(clock))) {
            throw new NotFoundException();
        }
        return stored(id);
    }

    /** Chapters and everyone's progress on the content go with it (ON DELETE CASCADE). */
    @Transactional
    void delete(long id) {
        cache.clearWhenDone();
        if (!contents.delete(id)) {
            throw new NotFoundException();
        }
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

    Map<String, List<TitleMatch>> matchTitles(Collection<String> titleKeys) {
        return titleKeys.isEmpty() ? Map.of() : contents.byTitleKeys(titleKeys);
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
        return contents.insert(request, Timestamps.now(clock)).orElseThrow(Contents::titleTaken);
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

    private void checkCategory(long categoryId) {
        if (!categories.exists(categoryId)) {
            throw FieldErrors.unknownReference("feature_category", categoryId);
        }
    }

    private static ConflictException titleTaken() {
        return ConflictException.onField("title", TITLE_TAKEN);
    }
}
