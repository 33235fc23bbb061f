package org.readtrack.catalog;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.readtrack.database.CaseFolding;
import org.readtrack.database.Like;
import org.readtrack.shared.ConflictException;
import org.readtrack.shared.NotFoundException;
import org.readtrack.shared.PageQuery;
import org.readtrack.web.PageResponse;
import org.readtrack.shared.RequestValidator;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
@Transactional(readOnly = true)
class Categories {

    static final String NAME_TAKEN = "A category with this name already exists.";

    private final CategoryRepository categories;
    private final ContentRepository contents;
    private final RequestValidator validator;
    private final Clock clock;
    private final CatalogCache cache;

    Categories(CategoryRepository categories, ContentRepository contents, RequestValidator validator, Clock clock,
            CatalogCache cache) {
        this.cache = cache;
        this.categories = categories;
        this.contents = contents;
        this.validator = validator;
        this.clock = clock;
    }

    PageResponse<CategoryResponse> list(String search, PageQuery page) {
        PageRequest request = PageRequest.of(page.page() - 1, page.size());
        Page<Category> found = search == null || search.isBlank()
                ? categories.findAll(request.withSort(Sort.by("nameKey", "id")))
                : categories.search(Like.containing(CaseFolding.fold(search.strip())), request);
        return PageResponse.of(page, found.getTotalElements(),
                found.getContent().stream().map(CategoryResponse::of).toList());
    }

    CategoryResponse get(long id) {
        return CategoryResponse.of(find(id));
    }

    @Transactional
    CategoryResponse create(CategoryRequest request) {
        rejectTakenName(request.name(), null);
        return CategoryResponse.of(categories.saveAndFlush(new Category(request, now())));
    }

    @Transactional
    CategoryResponse replace(long id, CategoryRequest request) {
        cache.clearWhenDone();
        Category category = find(id);
        rejectTakenName(request.name(), id);
        category.apply(request, now());
        return CategoryResponse.of(categories.saveAndFlush(category));
    }

    @Transactional
    CategoryResponse patch(long id, CategoryPatch patch) {
        return replace(id, validator.validate(patch.applyTo(find(id))));
    }

    /** A category that still holds contents stays: deleting it would orphan them. */
    @Transactional
    void delete(long id) {
        cache.clearWhenDone();
        Category category = find(id);
        long count = contents.countByCategoryId(id);
        if (count > 0) {
            throw new ConflictException("This category still has " + count
                    + " content(s); delete or move them first.").with("content_count", count);
        }
        categories.delete(category);
    }

    private Category find(long id) {
        return categories.findById(id).orElseThrow(NotFoundException::new);
    }

    private void rejectTakenName(String name, Long exceptId) {
        String key = CaseFolding.fold(name);
        boolean taken = exceptId == null ? categories.existsByNameKey(key)
                : categories.existsByNameKeyAndIdNot(key, exceptId);
        if (taken) {
            throw ConflictException.onField("name", NAME_TAKEN);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
