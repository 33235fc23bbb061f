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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Every operation takes the caller's id and touches that user's entries only. */
@Component
class ReadingProgress {

    static final String ALREADY_TRACKED = "You already track this content.";
    private static final Sort RECENT_FIRST = Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.desc("id"));

    private final ProgressRepository entries;
    private final ContentCatalog catalog;
    private final RequestValidator validator;
    private final Clock clock;
    private final TransactionTemplate writes;

    ReadingProgress(ProgressRepository entries, ContentCatalog catalog, RequestValidator validator, Clock clock,
            PlatformTransactionManager transactionManager) {
        this.writes = new TransactionTemplate(transactionManager);
        this.entries = entries;
        this.catalog = catalog;
        this.validator = validator;
        this.clock = clock;
    }

    /** One query for the page, one for the count, one for the contents it shows (unless cached). */
    @Transactional(readOnly = true)
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

    @Transactional(readOnly = true)
    ProgressResponse get(long userId, long id) {
        return respond(find(userId, id));
    }

    ProgressResponse create(long userId, ProgressRequest request) {
        checkContent(request.content());
        rejectTracked(userId, request.content(), null);
        try {
            return respond(writes.execute(status -> entries.saveAndFlush(new Progress(userId, request, now()))));
        } catch (DataAccessException e) {
            if (ConstraintViolations.isConstraintViolation(e)) {
                // created by a concurrent request since the check above
                throw alreadyTracked(userId, request.content());
            }
            throw e;
        }
    }

    ProgressResponse replace(long userId, long id, ProgressRequest request) {
        return respond(writes.execute(status -> store(find(userId, id), request)));
    }

    ProgressResponse patch(long userId, long id, ProgressPatch patch) {
        return respond(writes.execute(status -> {
            Progress entry = find(userId, id);
            return store(entry, validator.validate(patch.applyTo(entry.asRequest())));
        }));
    }

    /**
     * Inside the write transaction: only what must be there. The response's content is read afterwards,
     * so that SQLite's single writer is held as briefly as possible.
     */
    private Progress store(Progress entry, ProgressRequest request) {
        if (!entry.getContentId().equals(request.content())) {
            checkContent(request.content());
            rejectTracked(entry.getUserId(), request.content(), entry.getId());
        }
        entry.apply(request, now());
        return entries.saveAndFlush(entry);
    }

    void delete(long userId, long id) {
        writes.executeWithoutResult(status -> entries.delete(find(userId, id)));
    }

    record Upserted(ProgressResponse entry, boolean created) {
    }

    /**
     * Creates or updates the caller's entry for a content. The insert settles races on the unique index;
     * whoever loses updates the entry that won, so concurrent calls leave exactly one entry.
     */
    Upserted upsert(long userId, long contentId, ProgressUpdate update) {
        if (!catalog.exists(contentId)) {
            throw new NotFoundException("No content with this id.");
        }
        boolean[] created = new boolean[1];
        Progress entry = writes.execute(status -> {
            Instant now = now();
            created[0] = entries.insertIfAbsent(userId, contentId, orEmpty(update.lastChapter()),
                    orEmpty(update.notes()), now) == 1;
            Progress stored = entries.findByUserIdAndContentId(userId, contentId)
                    .orElseThrow(() -> new ConflictException("The entry was deleted meanwhile; try again."));
            if (!created[0]) {
                stored.update(update.lastChapter(), update.notes(), now);
                entries.flush();
            }
            return stored;
        });
        return new Upserted(respond(entry), created[0]);
    }

    @Transactional(readOnly = true)
    ProgressResponse getForContent(long userId, long contentId) {
        return respond(entries.findByUserIdAndContentId(userId, contentId).orElseThrow(NotFoundException::new));
    }

    void deleteForContent(long userId, long contentId) {
        writes.executeWithoutResult(status -> entries.delete(
                entries.findByUserIdAndContentId(userId, contentId).orElseThrow(NotFoundException::new)));
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
