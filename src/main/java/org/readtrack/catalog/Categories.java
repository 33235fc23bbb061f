package org.readtrack.catalog;

import java.time.Clock;
import java.util.List;

import org.readtrack.database.Timestamps;
import org.readtrack.shared.ConflictException;
import org.readtrack.shared.NotFoundException;
import org.readtrack.shared.Ordering;
import org.readtrack.shared.Page;
import org.readtrack.shared.PageQuery;
import org.readtrack.shared.RequestValidator;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of categories: names unique ignoring case, and a category that holds contents stays. Reads run
 * outside any transaction (see {@link org.readtrack.database.Sql}); every change to an existing category
 * runs in one, so that {@link CatalogCache} is emptied once it is committed.
 */
@Component
class Categories {

    static final String NAME_TAKEN = "A category with this name already exists.";
    private static final Ordering BY_NAME = new Ordering("name", false);

    private final CategoryStore categories;
    private final ContentStore contents;
    private final RequestValidator validator;
    private final Clock clock;
    private final CatalogCache cache;

    Categories(CategoryStore categories, ContentStore contents, RequestValidator validator, Clock clock,
            CatalogCache cache) {
        this.categories = categories;
        this.contents = contents;
        this.validator = validator;
        this.clock = clock;
        this.cache = cache;
    }

    /**
     * {@code search} matches the name or the description, ignoring case; blank means every category.
     * {@code ordering}: {@code name} (ignoring case, the default) or {@code -name}.
     */
    Page<CategoryResponse> list(String search, String ordering, PageQuery page) {
        boolean descending = Ordering.parse(ordering, BY_NAME, List.of(BY_NAME.field())).descending();
        return categories.page(search == null || search.isBlank() ? null : search.strip(), descending, page);
    }

    CategoryResponse get(long id) {
        return categories.find(id).orElseThrow(NotFoundException::new);
    }

    /** A single statement, and no content shows a new category yet: nothing cached to forget. */
    CategoryResponse create(CategoryRequest request) {
        return categories.insert(request, Timestamps.now(clock)).orElseThrow(Categories::nameTaken);
    }

    @Transactional
    CategoryResponse replace(long id, CategoryRequest request) {
        if (!categories.exists(id)) {
            throw new NotFoundException();
        }
        return save(id, request);
    }

    @Transactional
    CategoryResponse patch(long id, CategoryPatch patch) {
        CategoryResponse current = get(id);
        return save(id, validator.validate(patch.applyTo(current.asRequest())));
    }

    /** Where PUT and PATCH end, once the category is known to exist. */
    private CategoryResponse save(long id, CategoryRequest request) {
        cache.clearWhenDone(); // contents show their category
        if (categories.nameTaken(request.name(), id)) {
            throw nameTaken();
        }
        return categories.update(id, request, Timestamps.now(clock)).orElseThrow(NotFoundException::new);
    }

    /**
     * A category that still holds contents its staff see (public ones, suggestions awaiting review) stays: deleting
     * it would orphan them. Readers' rejected suggestions go with it: nobody but their proposers sees them, so they
     * could otherwise keep the category for ever.
     */
    @Transactional
    void delete(long id) {
        cache.clearWhenDone();
        // a category that does not exist holds nothing, and is then not found below
        long count = contents.countReviewedInCategory(id);
        if (count > 0) {
            throw new ConflictException(count == 1 ? "This category still has 1 content; delete or move it first."
                    : "This category still has " + count + " contents; delete or move them first.")
                    .with("content_count", count);
        }
        contents.deletePrivateInCategory(id);
        if (!categories.delete(id)) {
            throw new NotFoundException();
        }
    }

    private static ConflictException nameTaken() {
        return ConflictException.onField("name", NAME_TAKEN);
    }
}
