package org.readtrack.catalog;

import java.util.Collection;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * What other features may ask of the catalog. Plain SQL reads, in the caller's transaction if it has one
 * (see {@link org.readtrack.database.Sql}).
 */
@Component
public class ContentCatalog {

    private final ContentViews views;

    ContentCatalog(ContentViews views) {
        this.views = views;
    }

    public boolean exists(long contentId) {
        return views.exists(contentId);
    }

    /** The contents with these ids, as the API shows them, in one query; missing ids are absent. */
    public Map<Long, ContentResponse> describe(Collection<Long> contentIds) {
        return views.byIds(contentIds);
    }
}
