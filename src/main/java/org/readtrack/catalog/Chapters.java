package org.readtrack.catalog;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.readtrack.database.Like;
import org.readtrack.web.ConflictException;
import org.readtrack.web.FieldErrors;
import org.readtrack.web.NotFoundException;
import org.readtrack.web.PageQuery;
import org.readtrack.web.PageResponse;
import org.readtrack.web.RequestValidator;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Component
@Transactional(readOnly = true)
class Chapters {

    static final String NUMBER_TAKEN = "This content already has a chapter with this number.";
    /** By content, then natural chapter order (see {@link ChapterNumber}). */
    private static final Sort NATURAL = Sort.by("contentId", "sortKey", "id");

    private final ChapterRepository chapters;
    private final ContentRepository contents;
    private final RequestValidator validator;
    private final Clock clock;
    private final CatalogCache cache;

    Chapters(ChapterRepository chapters, ContentRepository contents, RequestValidator validator, Clock clock,
            CatalogCache cache) {
        this.chapters = chapters;
        this.contents = contents;
        this.validator = validator;
        this.clock = clock;
        this.cache = cache;
    }

    private record ListQuery(Long contentId, String search, PageQuery page) {
    }

    @Transactional(propagation = Propagation.SUPPORTS)
    PageResponse<ChapterResponse> list(Long contentId, String search, PageQuery page) {
        CatalogCache.Slice<ChapterResponse> slice =
                cache.page(new ListQuery(contentId, search, page), () -> load(contentId, search, page));
        return PageResponse.of(page, slice.count(), slice.results());
    }

    private CatalogCache.Slice<ChapterResponse> load(Long contentId, String search, PageQuery page) {
        Specification<Chapter> where = Specification.unrestricted();
        if (contentId != null) {
            where = where.and((chapter, query, cb) -> cb.equal(chapter.get("contentId"), contentId));
        }
        if (search != null && !search.isBlank()) {
            String pattern = Like.containing(search.strip().toLowerCase(java.util.Locale.ROOT));
            where = where.and((chapter, query, cb) -> cb.or(
                    cb.like(cb.lower(chapter.get("title")), pattern, '\\'),
                    cb.like(cb.lower(chapter.get("chapterNumber")), pattern, '\\')));
        }
        Page<Chapter> found = chapters.findAll(where, PageRequest.of(page.page() - 1, page.size(), NATURAL));
        if (found.getTotalElements() == 0 && contentId != null && !contents.existsById(contentId)) {
            throw FieldErrors.of("content", "Select a valid choice. That choice is not one of the available choices.");
        }
        return new CatalogCache.Slice<>(found.getTotalElements(),
                found.getContent().stream().map(Chapter::toResponse).toList());
    }

    ChapterResponse get(long id) {
        return find(id).toResponse();
    }

    @Transactional
    ChapterResponse create(ChapterRequest request) {
        cache.clearWhenDone();
        checkContent(request.content());
        if (chapters.existsByContentIdAndChapterNumber(request.content(), request.chapterNumber())) {
            throw ConflictException.onField("chapter_number", NUMBER_TAKEN);
        }
        return chapters.saveAndFlush(new Chapter(request, now())).toResponse();
    }

    @Transactional
    ChapterResponse replace(long id, ChapterRequest request) {
        cache.clearWhenDone();
        Chapter chapter = find(id);
        checkContent(request.content());
        if (chapters.existsByContentIdAndChapterNumberAndIdNot(request.content(), request.chapterNumber(), id)) {
            throw ConflictException.onField("chapter_number", NUMBER_TAKEN);
        }
        chapter.apply(request, now());
        return chapters.saveAndFlush(chapter).toResponse();
    }

    @Transactional
    ChapterResponse patch(long id, ChapterPatch patch) {
        return replace(id, validator.validate(patch.applyTo(find(id).asRequest())));
    }

    @Transactional
    void delete(long id) {
        cache.clearWhenDone();
        chapters.delete(find(id));
    }

    private Chapter find(long id) {
        return chapters.findById(id).orElseThrow(NotFoundException::new);
    }

    private void checkContent(long contentId) {
        if (!contents.existsById(contentId)) {
            throw FieldErrors.of("content", "Invalid pk \"" + contentId + "\" - object does not exist.");
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
