package org.readtrack.catalog;

import java.util.Collection;
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

    /** The contents with these ids, as the API shows them, in one query; missing ids are absent. */
    public Map<Long, ContentResponse> describe(Collection<Long> contentIds) {
        return contents.describe(contentIds);
    }
}
