package org.readtrack.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import org.readtrack.shared.NotFoundException;
import org.readtrack.shared.Page;
import org.readtrack.shared.PageQuery;
import org.readtrack.shared.PublicUrl;

/**
 * The list envelope of the contract: {@code {count, next, previous, results}} with absolute links that keep
 * every other query parameter of the request.
 */
public record PageResponse<T>(long count, @Nullable String next, @Nullable String previous, List<T> results) {

    /**
     * @throws NotFoundException for a page past the end, as DRF does; the first page always exists
     */
    public static <T> PageResponse<T> of(PageQuery query, Page<T> page) {
        long count = page.total();
        List<T> results = page.items();
        if (query.page() > 1 && query.offset() >= count) {
            throw new NotFoundException("Invalid page.");
        }
        boolean hasNext = query.offset() + results.size() < count;
        return new PageResponse<>(count,
                hasNext ? link(query.page() + 1) : null,
                query.page() > 1 ? link(query.page() - 1) : null,
                results);
    }

    private static String link(int page) {
        HttpServletRequest request =
                ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
        ServletUriComponentsBuilder builder = ServletUriComponentsBuilder.fromRequest(request);
        // links use the canonical path, with its trailing slash, whichever form the client called
        String path = builder.build().getPath();
        if (path != null && !path.endsWith("/")) {
            path += "/";
            builder.replacePath(path);
        }
        // a Host header is whatever the client wrote: once the public address is known, links start with it.
        // (every list controller calls this statically: the setting is read from the application serving the request)
        PublicUrl publicUrl = RequestContextUtils.findWebApplicationContext(request).getBean(PublicUrl.class);
        if (publicUrl.configured() && path != null) {
            URI base = URI.create(publicUrl.url());
            builder.scheme(base.getScheme().toLowerCase(Locale.ROOT)).host(base.getHost()).port(base.getPort())
                    .replacePath(base.getRawPath() + path.substring(request.getContextPath().length()));
        }
        // the first page is the bare URL, as DRF renders it
        return (page == 1 ? builder.replaceQueryParam("page") : builder.replaceQueryParam("page", page))
                .build().toUriString();
    }
}
