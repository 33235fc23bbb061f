package org.readtrack.progress;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;

import org.readtrack.catalog.ContentCatalog;
import org.readtrack.catalog.ContentResponse;
import org.readtrack.database.ConstraintViolations;
import org.readtrack.web.ConflictException;
import org.readtrack.web.FieldErrors;
import org.readtrack.web.NotFoundException;
import org.readtrack.web.PageQuery;
import org.readtrack.web.PageResponse;
import org.readtrack.web.RequestValidator;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Every operation takes the caller's id and touches that user's entries only. */
@Component
@Transactional(readOnly = true)
class ReadingProgress {

    static final String ALREADY_TRACKED = "You already track this content.";
    private static final Sort RECENT_FIRST = Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.desc("id"));

    private final ProgressRepository entries;
    private final ContentCatalog catalog;
    private final RequestValidator validator;
    private final Clock clock;

    ReadingProgress(ProgressRepository entries, ContentCatalog catalog, RequestValidator validator, Clock clock) {
        this.entries = entries;
        this.catalog = catalog;
        this.validator = validator;
        this.clock = clock;
    }

    /** One query for the page, one for the count, one for all the contents it shows. */
    PageResponse<ProgressResponse> list(long userId, Long contentId, PageQuery page) {
        PageRequest request = PageRequest.of(page.page() - 1, page.size(), RECENT_FIRST);
        Page<Progress> found = contentId == null ? entries.findByUserId(userId, request)
                : entries.findByUserIdAndContentId(userId, contentId, request);
        if (found.getTotalElements() == 0 && contentId != null && !catalog.exists(contentId)) {
            // as for ?content= on chapters: naming a content that does not exist is a mistake, not an empty list
            throw FieldErrors.of("content", "Select a valid choice. That choice is not one of the available choices.");
        }
        Map<Long, ContentResponse> contents =
                catalog.describe(found.getContent().stream().map(Progress::getContentId).toList());
        return PageResponse.of(page, found.getTotalElements(), found.getContent().stream()
                .map(entry -> ProgressResponse.of(entry, contents.get(entry.getContentId()))).toList());
    }

    ProgressResponse get(long userId, long id) {
        return respond(find(userId, id));
    }

    @Transactional
    ProgressResponse create(long userId, ProgressRequest request) {
        checkContent(request.content());
        rejectTracked(userId, request.content(), null);
        try {
            return respond(entries.saveAndFlush(new Progress(userId, request, now())));
        } catch (DataAccessException e) {
            if (ConstraintViolations.isConstraintViolation(e)) {
                // created by a concurrent request since the check above
                throw alreadyTracked(userId, request.content());
            }
            throw e;
        }
    }

    @Transactional
    ProgressResponse replace(long userId, long id, ProgressRequest request) {
        Progress entry = find(userId, id);
        checkContent(request.content());
        rejectTracked(userId, request.content(), id);
        entry.apply(request, now());
        return respond(entries.saveAndFlush(entry));
    }

    @Transactional
    ProgressResponse patch(long userId, long id, ProgressPatch patch) {
        return replace(userId, id, validator.validate(patch.applyTo(find(userId, id).asRequest())));
    }

    @Transactional
    void delete(long userId, long id) {
        entries.delete(find(userId, id));
    }

    record Upserted(ProgressResponse entry, boolean created) {
    }

    /**
     * Creates or updates the caller's entry for a content. The insert settles races on the unique index;
     * whoever loses updates the entry that won, so concurrent calls leave exactly one entry.
     */
    @Transactional
    Upserted upsert(long userId, long contentId, ProgressUpdate update) {
        if (!catalog.exists(contentId)) {
            throw new NotFoundException("No content with this id.");
        }
        Instant now = now();
        boolean created = entries.insertIfAbsent(userId, contentId, orEmpty(update.lastChapter()),
                orEmpty(update.notes()), now) == 1;
        Progress entry = entries.findByUserIdAndContentId(userId, contentId)
                .orElseThrow(() -> new ConflictException("The entry was deleted meanwhile; try again."));
        if (!created) {
            entry.update(update.lastChapter(), update.notes(), now);
            entries.flush();
        }
        return new Upserted(respond(entry), created);
    }

    ProgressResponse getForContent(long userId, long contentId) {
        return respond(entries.findByUserIdAndContentId(userId, contentId).orElseThrow(NotFoundException::new));
    }

    @Transactional
    void deleteForContent(long userId, long contentId) {
        entries.delete(entries.findByUserIdAndContentId(userId, contentId).orElseThrow(NotFoundException::new));
    }

    private Progress find(long userId, long id) {
        return entries.findByIdAndUserId(id, userId).orElseThrow(NotFoundException::new);
    }

    private ProgressResponse respond(Progress entry) {
        return ProgressResponse.of(entry, catalog.describe(java.util.List.of(entry.getContentId()))
                .get(entry.getContentId()));
    }

    private void checkContent(long contentId) {
        if (!catalog.exists(contentId)) {
            throw FieldErrors.of("content", "Invalid pk \"" + contentId + "\" - object does not exist.");
        }
    }

    private void rejectTracked(long userId, long contentId, Long exceptId) {
        Optional<Progress> existing = entries.findByUserIdAndContentId(userId, contentId);
        if (existing.isPresent() && !existing.get().getId().equals(exceptId)) {
            throw alreadyTracked(existing.get().getId());
        }
    }

    private ConflictException alreadyTracked(long userId, long contentId) {
        return entries.findByUserIdAndContentId(userId, contentId)
                .map(existing -> alreadyTracked(existing.getId()))
                .orElseGet(() -> new ConflictException(ALREADY_TRACKED));
    }

    private static ConflictException alreadyTracked(Long existingId) {
        return ConflictException.onField("content", ALREADY_TRACKED).with("existing_id", existingId);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
