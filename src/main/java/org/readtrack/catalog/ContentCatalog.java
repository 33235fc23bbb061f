package org.readtrack.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * What other features may ask of the catalog. Plain SQL reads, in the caller's transaction if it has one
 * (see {@link org.readtrack.database.Sql}); contents are served from {@link CatalogCache} outside a write
 * transaction. A reader tracks what they see as a reader ({@link Viewer#reader}): the public catalog and their
 * own suggestions, not the suggestions of others that a moderator reviews.
 */
@Component
public class ContentCatalog {

    private final Contents contents;
    private final Suggestions suggestions;

    ContentCatalog(Contents contents, Suggestions suggestions) {
        this.contents = contents;
        this.suggestions = suggestions;
    }

    /** Whether the content exists and this account may track it. */
    public boolean trackable(long contentId, long userId) {
        return contents.exists(contentId, Viewer.reader(userId));
    }

    /** Whether the content exists and this viewer may see it, from the cache outside a write transaction. */
    public boolean visible(long contentId, Viewer viewer) {
        return contents.visible(contentId, viewer);
    }

    /**
     * The contents whose title or other title has one of these {@link TitleKey keys}, by key, from an index: those
     * this account may track.
     */
    public Map<String, List<TitleMatch>> matchTitles(Collection<String> titleKeys, long userId) {
        return contents.matchTitles(titleKeys, Viewer.reader(userId));
    }

    /**
     * For title keys that {@link #matchTitles} found nothing for, the contents this account may track whose title
     * is close (see {@link CloseTitles}), by key; keys with nothing close are left out.
     */
    public Map<String, CloseTitles> closeTitles(Collection<String> unmatchedKeys, long userId) {
        return contents.closeTitles(unmatchedKeys, Viewer.reader(userId));
    }

    /**
     * Creates a content an imported list names, and its category if no category's name has the same
     * {@link TitleKey key}, in the caller's transaction. The caller must be allowed to edit the catalog.
     *
     * @return the new content's id
     * @throws org.readtrack.shared.InvalidInputException when the content breaks the catalog's rules
     */
    public long create(NewContent content) {
        return contents.createImported(content);
    }

    /**
     * Suggests a content an imported list names, for a reader who may not edit the catalog, in the caller's
     * transaction: the content is theirs alone until a moderator approves it.
     *
     * @return the new content's id; empty when no category's name has the {@link TitleKey key} of the one given
     *         (readers create no category)
     * @throws org.readtrack.shared.InvalidInputException when the content breaks the catalog's rules
     * @throws org.readtrack.shared.ConflictException     when the category has it, or it was suggested, already
     */
    public Optional<Long> suggest(NewContent content, long userId) {
        return suggestions.proposeImported(content, userId);
    }

    /** Sets a content's release days if it has none; never overwrites. Whether it did. */
    public boolean fillReleaseDays(long contentId, List<ReleaseDay> days) {
        return !days.isEmpty() && contents.fillReleaseDays(contentId, days);
    }

    /**
     * The contents with these ids, as the API shows them, in one query; missing ids are absent. Private ones
     * included: for what their reader already tracks.
     */
    public Map<Long, ContentResponse> describe(Collection<Long> contentIds) {
        return contents.describe(contentIds);
    }
}
