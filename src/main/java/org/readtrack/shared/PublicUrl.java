package org.readtrack.shared;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param url        the address users reach ({@code READTRACK_PUBLIC_URL}): links that leave the request they were
 *                   made in (a password-reset mail, an invitation) start with it, since behind a proxy the
 *                   request's own host may be an internal one. An absolute http(s) URL, maybe with a path, without
 *                   a query.
 * @param configured whether it was given rather than left to its default: only then do links made within a
 *                   request (a list's pages) start with it too, instead of following the request's host
 */
@ConfigurationProperties("readtrack.public")
public record PublicUrl(String url, boolean configured) {

    static final String DEFAULT = "http://localhost:8000";

    public PublicUrl {
        url = check(url.strip());
    }

    /** As the environment gives it: blank or absent (an empty variable in an env file) is not set. */
    @ConstructorBinding
    public PublicUrl(@DefaultValue("") String url) {
        this(url == null || url.isBlank() ? DEFAULT : url, url != null && !url.isBlank());
    }

    /**
     * The web app's page at {@code path} (which starts with {@code /}) with one query parameter, its value
     * encoded: what features put in mails and answers, far from any request.
     */
    public String link(String path, String parameter, String value) {
        return url + path + "?" + parameter + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The host name, for a default sender address. */
    public String host() {
        return URI.create(url).getHost();
    }

    /** Refused at start-up with the variable's name, rather than links that lead nowhere. */
    private static String check(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && uri.getQuery() == null
                    && uri.getFragment() == null && uri.getUserInfo() == null) {
                // links append their own path
                return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new IllegalArgumentException("READTRACK_PUBLIC_URL: '" + url + "' is not an absolute http(s) URL"
                + " without a query, such as https://books.example.org");
    }
}
