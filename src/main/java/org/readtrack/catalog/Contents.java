package org.readtrack.catalog;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.readtrack.shared.ConflictException;
import org.readtrack.shared.FieldErrors;
import org.readtrack.shared.NotFoundException;
import org.readtrack.shared.RequestValidator;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Writes contents; answers with the same representation that reads give (see {@link ContentViews}). */
@Component
@Transactional
class Contents {

    static final String TITLE_TAKEN = "A content with this title already exists in this category.";

    private final ContentRepository contents;
    private final CategoryRepository categories;
    private final ContentViews views;
    private final RequestValidator validator;
    private final Clock clock;
    private final CatalogCache cache;

    Contents(ContentRepository contents, CategoryRepository categories, ContentViews views,
            RequestValidator validator, Clock clock, CatalogCache cache) {
        this.cache = cache;
        this.contents = contents;
        this.categories = categories;
        this.views = views;
        this.validator = validator;
        this.clock = clock;
    }

    ContentResponse create(ContentRequest request) {
        cache.clearWhenDone();
        checkCategory(request.featureCategory());
        if (contents.existsByCategoryIdAndTitle(request.featureCategory(), request.title())) {
            throw ConflictException.onField("title", TITLE_TAKEN);
        }
        Content content = contents.saveAndFlush(new Content(request, now()));
        return views.byId(content.getId()).orElseThrow();
    }

    ContentResponse replace(long id, ContentRequest request) {
        cache.clearWhenDone();
        Content content = find(id);
        checkCategory(request.featureCategory());
        if (contents.existsByCategoryIdAndTitleAndIdNot(request.featureCategory(), request.title(), id)) {
            throw ConflictException.onField("title", TITLE_TAKEN);
        }
        content.apply(request, now());
        contents.saveAndFlush(content);
        return views.byId(id).orElseThrow();
    }

    ContentResponse patch(long id, ContentPatch patch) {
        return replace(id, validator.validate(patch.applyTo(find(id).asRequest())));
    }

    /** Chapters and everyone's progress on the content go with it (ON DELETE CASCADE). */
    void delete(long id) {
        cache.clearWhenDone();
        contents.delete(find(id));
    }

    private Content find(long id) {
        return contents.findById(id).orElseThrow(NotFoundException::new);
    }

    private void checkCategory(long categoryId) {
        if (!categories.existsById(categoryId)) {
            throw FieldErrors.of("feature_category", "Invalid pk \"" + categoryId + "\" - object does not exist.");
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
