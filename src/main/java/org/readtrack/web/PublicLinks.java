package org.readtrack.web;

import java.net.URI;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import org.readtrack.shared.PublicUrl;

/**
 * The absolute links an answer carries (a list's pages, a {@code Location}), made from the request being served.
 * A Host header is whatever the client wrote: once the public address is set ({@code READTRACK_PUBLIC_URL}),
 * links start with it instead, and the request gives only the path below the application and the query.
 */
@Component
public class PublicLinks {

    private final PublicUrl publicUrl;

    PublicLinks(PublicUrl publicUrl) {
        this.publicUrl = publicUrl;
    }

    /** The URL of the request being served, query included, with its canonical trailing slash. */
    public UriComponentsBuilder currentRequest() {
        HttpServletRequest request = request();
        ServletUriComponentsBuilder builder = ServletUriComponentsBuilder.fromRequest(request);
        // the canonical path, with its trailing slash, whichever form the client called
        String path = builder.build().getPath();
        String canonical = path == null ? "/" : path.endsWith("/") ? path : path + "/";
        return rebased(builder.replacePath(canonical), request, canonical);
    }

    /** {@code path} (which starts with {@code /}) below the application. */
    public URI path(String path) {
        HttpServletRequest request = request();
        UriComponentsBuilder builder = ServletUriComponentsBuilder.fromContextPath(request).path(path);
        return rebased(builder, request, request.getContextPath() + path).build().toUri();
    }

    private UriComponentsBuilder rebased(UriComponentsBuilder builder, HttpServletRequest request, String path) {
        if (!publicUrl.configured()) {
            return builder;
        }
        URI base = URI.create(publicUrl.url());
        return builder.scheme(base.getScheme().toLowerCase(Locale.ROOT)).host(base.getHost()).port(base.getPort())
                .replacePath(base.getRawPath() + path.substring(request.getContextPath().length()));
    }

    private static HttpServletRequest request() {
        return ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
    }
}
