package org.readtrack.catalog;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.readtrack.database.Like;
import org.readtrack.database.Sql;
import org.readtrack.shared.ConflictException;
import org.readtrack.shared.FieldErrors;
import org.readtrack.shared.NotFoundException;
import org.readtrack.shared.PageQuery;
import org.readtrack.web.PageResponse;
import org.readtrack.shared.RequestValidator;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Component
@Transactional(readOnly = true)
class Chapters {

    static final String NUMBER_TAKEN = "This content already has a chapter with this number.";
    /**
     * Lists are plain SQL, the hottest read after contents: a criteria query through the repository cost
     * a third more CPU per request. Ordered by content, then naturally by number (see {@link ChapterNumber}),
     * which the index on (content_id, sort_key, id) serves.
     */
    private static final String SELECT = "SELECT id, content_id, chapter_number, title, release_date, created_at,"
            + " updated_at FROM chapters";
    private static final String NATURAL_ORDER = " ORDER BY content_id, sort_key, id";

    private final ChapterRepository chapters;
    private final Sql reads;
    private final ContentViews views;
    private final RequestValidator validator;
    private final Clock clock;
    private final CatalogCache cache;

    Chapters(ChapterRepository chapters, Sql reads, ContentViews views, RequestValidator validator,
            Clock clock, CatalogCache cache) {
        this.chapters = chapters;
        this.reads = reads;
        this.views = views;
        this.validator = validator;
        this.clock = clock;
        this.cache = cache;
    }

    private record ListQuery(Long contentId, String search, PageQuery page) {
    }

    static final String SEARCH_NEEDS_CONTENT = "Choose a content to search its chapters.";

    /**
     * A search needs a content: matching text inside titles cannot use an index, so a search across every
     * chapter read them all (2,000,000 at the large benchmark, 0.6 to 3.2 s each time, enough for a few
     * readers to hold every worker). Within one content the (content_id, sort_key, id) index bounds it to
     * that content's chapters.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    PageResponse<ChapterResponse> list(Long contentId, String search, PageQuery page) {
        if (contentId == null && search != null && !search.isBlank()) {
            throw FieldErrors.of("content", SEARCH_NEEDS_CONTENT);
        }
        CatalogCache.Slice<ChapterResponse> slice =
                cache.page(new ListQuery(contentId, search, page), () -> load(contentId, search, page));
        return PageResponse.of(page, slice.count(), slice.results());
    }

    private CatalogCache.Slice<ChapterResponse> load(Long contentId, String search, PageQuery page) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (contentId != null) {
            conditions.add("content_id = :content");
            parameters.put("content", contentId);
        }
        if (search != null && !search.isBlank()) {
            String text = search.strip().toLowerCase(Locale.ROOT);
            // ASCII text is found by the databases' own lower() (SQLite's folds ASCII letters only), several
            // times cheaper than unicode_lower(), a call into Java per value on SQLite
            String lower = text.chars().allMatch(c -> c < 0x80) ? "lower" : "unicode_lower";
            conditions.add("(" + lower + "(title) LIKE :search ESCAPE '\\'"
                    + " OR " + lower + "(chapter_number) LIKE :search ESCAPE '\\')");
            parameters.put("search", Like.containing(text));
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        List<ChapterResponse> fetched = reads.read(SELECT + where + NATURAL_ORDER + " LIMIT :limit OFFSET :offset")
                .params(parameters).param("limit", page.fetchSize()).param("offset", page.offset())
                .query(Chapters::row).list();
        List<ChapterResponse> results = page.items(fetched);
        long count = page.total(fetched.size(),
                () -> reads.read("SELECT count(*) FROM chapters" + where).params(parameters).query(Long.class).single());
        if (count == 0 && contentId != null && !views.exists(contentId)) {
            throw FieldErrors.of("content", "Select a valid choice. That choice is not one of the available choices.");
        }
        return new CatalogCache.Slice<>(count, results);
    }

    private static ChapterResponse row(ResultSet rs, int rowNumber) throws SQLException {
        Date released = rs.getDate("release_date");
        return new ChapterResponse(rs.getLong("id"), rs.getLong("content_id"), rs.getString("chapter_number"),
                rs.getString("title"), released == null ? null : released.toLocalDate(),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
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
        if (!views.exists(contentId)) {
            throw FieldErrors.of("content", "Invalid pk \"" + contentId + "\" - object does not exist.");
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
