package org.readtrack.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * What other features may ask of the catalog. Plain SQL reads, in the caller's transaction if it has one
 * (see {@link org.readtrack.database.Sql}); contents are served from {@link CatalogCache} outside a write
 * transaction.
 */
@Component
public class ContentCatalog {

    private final Contents contents;

    ContentCatalog(Contents contents) {
        this.contents = contents;
    }

    public boolean exists(long contentId) {
        return contents.exists(contentId);
    }

    /** The contents whose title or other title has one of these {@link TitleKey keys}, by key, from an index. */
    public Map<String, List<TitleMatch>> matchTitles(Collection<String> titleKeys) {
        return contents.matchTitles(titleKeys);
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

    /** Sets a content's release days if it has none; never overwrites. Whether it did. */
    public boolean fillReleaseDays(long contentId, List<ReleaseDay> days) {
        return !days.isEmpty() && contents.fillReleaseDays(contentId, days);
    }

    /** The contents with these ids, as the API shows them, in one query; missing ids are absent. */
    public Map<Long, ContentResponse> describe(Collection<Long> contentIds) {
        return contents.describe(contentIds);
    }
}
