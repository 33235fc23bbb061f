package org.readtrack.catalog;

import java.time.Clock;
import java.time.Instant;
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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Readers' suggestions of missing series, and their review. A suggestion creates its content at once, private to
 * its proposer (who may track it straight away) and shown to moderators while pending; approving makes it public,
 * rejecting leaves it to the proposer alone, merging moves its readers' entries to the public content it
 * duplicates (see {@link ContentMerged}) and deletes it. Each review is one transaction, and only a pending
 * suggestion may be reviewed.
 */
@Component
class Suggestions {

    static final String SUGGESTED_ALREADY = "This series has already been suggested in this category and awaits review.";
    static final String YOURS_ALREADY = "You have already suggested a series of this title in this category.";
    /**
     * Suggestions of one reader awaiting review at most: each is a content, and an imported list of thousands of
     * unknown titles would otherwise create as many, holding the single writer for minutes.
     */
    static final int MAX_PENDING = 100;
    static final String TOO_MANY_PENDING = "You have " + MAX_PENDING + " suggestions awaiting review: suggest more"
            + " once moderators have reviewed them.";
    static final String INTO_ITSELF = "A suggestion cannot be merged into its own content.";

    private final SuggestionStore suggestions;
    private final Contents contents;
    private final CategoryStore categories;
    private final RequestValidator validator;
    private final CatalogCache cache;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Suggestions(SuggestionStore suggestions, Contents contents, CategoryStore categories, RequestValidator validator,
            CatalogCache cache, ApplicationEventPublisher events, Clock clock) {
        this.suggestions = suggestions;
        this.contents = contents;
        this.categories = categories;
        this.validator = validator;
        this.cache = cache;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    SuggestionResponse propose(SuggestionRequest request, Viewer proposer) {
        long id = create(validator.validate(request.asContent()), proposer.id());
        return respond(id, proposer);
    }

    /**
     * A suggestion for a series an imported list names, in the import's transaction; empty when no category has
     * the name the list gives (readers add no category). Not a transactional method of its own: the import goes on
     * after a refused row, and a failure inside a joined transaction would doom the whole import.
     *
     * @throws org.readtrack.shared.InvalidInputException when the content breaks the catalog's rules
     * @throws ConflictException                            when the series is in the catalog, or suggested, already
     */
    Optional<Long> proposeImported(NewContent content, long userId) {
        return categories.idByNameKey(TitleKey.of(content.categoryName())).map(category -> {
            ContentRequest request = validator.validate(new ContentRequest(content.title(), null, content.language(),
                    null, null, null, category, content.altTitles(),
                    content.releaseDays().stream().map(ReleaseDay::value).toList()));
            long id = create(request, userId);
            return suggestions.find(id).orElseThrow().contentId();
        });
    }

    /** A reader's own suggestions; a reviewer's, everyone's. Newest first. */
    Page<SuggestionResponse> list(SuggestionStatus status, PageQuery page, Viewer viewer) {
        Page<SuggestionStore.Row> rows = suggestions.page(viewer.reviewer() ? null : viewer.id(), status, page);
        Map<Long, ContentResponse> shown =
                contents.describe(rows.items().stream().map(SuggestionStore.Row::contentId).distinct().toList(), viewer);
        return rows.map(row -> row.response(shown.get(row.contentId()), viewer));
    }

    /** The content made public, with {@code changes} (null: none) laid over it as a PATCH would. */
    @Transactional
    SuggestionResponse approve(long id, ContentPatch changes, Viewer reviewer) {
        SuggestionStore.Row suggestion = pending(id);
        contents.publish(suggestion.contentId(), changes);
        close(suggestion, SuggestionStatus.APPROVED, "", suggestion.contentId(), reviewer);
        return respond(id, reviewer);
    }

    /** The content stays, private to its proposer, with the proposer's entry; moderators no longer see it. */
    @Transactional
    SuggestionResponse reject(long id, String reason, Viewer reviewer) {
        SuggestionStore.Row suggestion = pending(id);
        cache.clearWhenDone();
        close(suggestion, SuggestionStatus.REJECTED, reason, suggestion.contentId(), reviewer);
        return respond(id, reviewer);
    }

    /**
     * Readers' entries move to {@code into}, a public content (where a reader tracked both, the more advanced entry
     * stays: see the progress feature's listener), then the suggested content is deleted with its chapters.
     */
    @Transactional
    SuggestionResponse merge(long id, long into, Viewer reviewer) {
        SuggestionStore.Row suggestion = suggestions.find(id).orElseThrow(NotFoundException::new);
        // first: once merged, the suggestion names the content it went into, and "into itself" would be the answer
        pending(id);
        if (into == suggestion.contentId()) {
            throw FieldErrors.of("into", INTO_ITSELF);
        }
        if (!contents.visible(into, Viewer.PUBLIC)) {
            throw FieldErrors.unknownReference("into", into);
        }
        cache.clearWhenDone();
        Instant now = Timestamps.now(clock);
        events.publishEvent(new ContentMerged(suggestion.contentId(), into, now));
        // the suggestion names the content it lives on in before the suggested one goes (ON DELETE CASCADE)
        close(suggestion, SuggestionStatus.MERGED, "", into, reviewer);
        contents.deleteMerged(suggestion.contentId());
        return respond(id, reviewer);
    }

    private long create(ContentRequest content, long proposer) {
        if (suggestions.pendingBy(proposer) >= MAX_PENDING) {
            throw new ConflictException(TOO_MANY_PENDING);
        }
        // one suggestion at a time per category: two at once would both find no other, and both be created
        if (!categories.lock(content.featureCategory())) {
            throw FieldErrors.unknownReference("feature_category", content.featureCategory());
        }
        // in the catalog already: what the proposer sees, and every pending suggestion, whoever made it
        Optional<ContentResponse> existing = contents.namedBy(content.featureCategory(),
                ContentStore.titleKeys(content.title(), content.altTitles()), new Viewer(proposer, true));
        if (existing.isPresent()) {
            ContentSuggestion privacy = existing.get().suggestion();
            if (privacy != null && privacy.suggestedBy() != proposer) {
                // another reader's suggestion stays theirs until approved: said to exist, never pointed at
                throw ConflictException.onField("title", SUGGESTED_ALREADY);
            }
            throw ConflictException.onField("title", privacy == null ? Contents.TITLE_TAKEN : YOURS_ALREADY)
                    .with("existing", existing.get().id());
        }
        long contentId = contents.createPrivate(content, proposer);
        return suggestions.insert(contentId, proposer, content.title(), Timestamps.now(clock));
    }

    private SuggestionStore.Row pending(long id) {
        SuggestionStore.Row suggestion = suggestions.find(id).orElseThrow(NotFoundException::new);
        if (suggestion.status() != SuggestionStatus.PENDING) {
            throw notPending(suggestion.status());
        }
        return suggestion;
    }

    private void close(SuggestionStore.Row suggestion, SuggestionStatus outcome, String reason, long contentId,
            Viewer reviewer) {
        if (!suggestions.review(suggestion.id(), outcome, reason, contentId, reviewer.id(), Timestamps.now(clock))) {
            // another moderator's review came first: this transaction is rolled back
            throw notPending(suggestions.find(suggestion.id()).map(SuggestionStore.Row::status).orElse(outcome));
        }
    }

    private SuggestionResponse respond(long id, Viewer viewer) {
        SuggestionStore.Row suggestion = suggestions.find(id).orElseThrow(NotFoundException::new);
        ContentResponse content = contents.describe(List.of(suggestion.contentId()), viewer).get(suggestion.contentId());
        return suggestion.response(content, viewer);
    }

    private static ConflictException notPending(SuggestionStatus status) {
        return new ConflictException("This suggestion is no longer pending: it was " + status.value() + ".")
                .with("suggestion_status", status.value());
    }
}
