package org.readtrack.progress;

import java.time.ZoneId;
import java.util.Map;

import org.readtrack.catalog.ContentCatalog;
import org.readtrack.catalog.ContentResponse;
import org.readtrack.shared.Page;
import org.readtrack.shared.PageQuery;
import org.springframework.stereotype.Component;

/**
 * What others may see of a reader's reading, for a public profile: the entries that are not private and the
 * statistics over them alone. Whether the profile may be seen at all is for the caller to decide.
 */
@Component
public class PublicReading {

    private final ProgressStore entries;
    private final ReaderStatistics statistics;
    private final ContentCatalog catalog;

    PublicReading(ProgressStore entries, ReaderStatistics statistics, ContentCatalog catalog) {
        this.entries = entries;
        this.statistics = statistics;
        this.catalog = catalog;
    }

    /** The statistics over the entries that are not private, days counted in {@code zone}. */
    public ReaderStats statistics(long userId, ZoneId zone) {
        return statistics.ofPublic(userId, zone);
    }

    /** One statement for the page, one for the total when more follow, the contents from the catalog's cache. */
    public Page<PublicEntry> entries(long userId, PageQuery page) {
        Page<ProgressEntry> found = entries.publicPage(userId, page);
        Map<Long, ContentResponse> contents =
                catalog.describe(found.items().stream().map(ProgressEntry::contentId).distinct().toList());
        return found.map(entry -> {
            ContentResponse content = contents.get(entry.contentId());
            // a content deleted since the page was read leaves its id only
            PublicEntry.PublicContent shown = content == null ? new PublicEntry.PublicContent(entry.contentId(), "", null)
                    : new PublicEntry.PublicContent(content.id(), content.title(), content.cover());
            ProgressRequest fields = entry.fields();
            return new PublicEntry(shown, fields.status(), fields.lastChapter(), fields.score(), fields.favorite(),
                    fields.startedOn(), fields.finishedOn(), entry.updatedAt());
        });
    }
}
