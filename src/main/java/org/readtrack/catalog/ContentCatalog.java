package org.readtrack.catalog;

import java.util.Collection;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What other features may ask of the catalog. */
@Component
@Transactional(readOnly = true)
public class ContentCatalog {

    private final ContentRepository contents;
    private final ContentViews views;

    ContentCatalog(ContentRepository contents, ContentViews views) {
        this.contents = contents;
        this.views = views;
    }

    public boolean exists(long contentId) {
        return contents.existsById(contentId);
    }

    /** The contents with these ids, as the API shows them, in one query; missing ids are absent. */
    public Map<Long, ContentResponse> describe(Collection<Long> contentIds) {
        return views.byIds(contentIds);
    }
}
