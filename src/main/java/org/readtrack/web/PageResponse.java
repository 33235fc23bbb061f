package org.readtrack.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

import org.readtrack.shared.NotFoundException;
import org.readtrack.shared.Page;
import org.readtrack.shared.PageQuery;

/**
 * The list envelope of the contract: {@code {count, next, previous, results}} with absolute links that keep
 * every other query parameter of the request.
 */
public record PageResponse<T>(long count, @Nullable String next, @Nullable String previous, List<T> results) {

    /**
     * @param links where the links start: the public address once set, the request's host otherwise
     * @throws NotFoundException for a page past the end, as DRF does; the first page always exists
     */
    public static <T> PageResponse<T> of(PageQuery query, Page<T> page, PublicLinks links) {
        long count = page.total();
        List<T> results = page.items();
        if (query.page() > 1 && query.offset() >= count) {
            throw new NotFoundException("Invalid page.");
        }
        boolean hasNext = query.offset() + results.size() < count;
        return new PageResponse<>(count,
                hasNext ? link(links.currentRequest(), query.page() + 1) : null,
                query.page() > 1 ? link(links.currentRequest(), query.page() - 1) : null,
                results);
    }

    private static String link(UriComponentsBuilder current, int page) {
        // the first page is the bare URL, as DRF renders it
        return (page == 1 ? current.replaceQueryParam("page") : current.replaceQueryParam("page", page))
                .build().toUriString();
    }
}
